"""schema.org data for events and series, as JSON-LD (serialized by `ld_json`)."""

from core.renditions import SHARE

from . import recurrence
from .choices import Frequency, GuestKind, Status

STATUSES = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
    Status.CANCELLED: "https://schema.org/EventCancelled",
}
GUEST_TYPES = {
    GuestKind.PERSON: "Person",
    GuestKind.ARTIST: "Person",
    GuestKind.COLLECTIVE: "PerformingGroup",
}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PERIODS = {Frequency.DAILY: "D", Frequency.WEEKLY: "W", Frequency.MONTHLY: "M"}


def iso(moment):
    return recurrence.local(moment).isoformat()


def absolute(request, url):
    return request.build_absolute_uri(url) if request and url else url


def place(event):
    if event.venue_id:
        venue = event.venue
        data = {"@type": "Place", "name": venue.name}
        if venue.street or venue.city:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": venue.street,
                "postalCode": venue.postcode,
                "addressLocality": venue.city,
                "addressCountry": "FR",
            }
        if venue.has_coordinates:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        return data
    if event.place:
        return {"@type": "Place", "name": event.place}
    return None


def offer(event, url):
    return {
        "@type": "Offer",
        "price": str(event.price_amount)
        if event.price_amount is not None and not event.is_free
        else "0",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/SoldOut"
        if event.is_full
        else "https://schema.org/InStock",
        "url": event.registration_url or url,
        "description": event.price_text,
    }


def dates(event, start=None):
    start = start or event.start
    if event.all_day:
        data = {"startDate": recurrence.local(start).date().isoformat()}
        end = event.real_end_of(start)
        data["endDate"] = recurrence.local(end).date().isoformat()
        return data
    data = {"startDate": iso(start)}
    end = event.real_end_of(start)
    if end is not None:
        data["endDate"] = iso(end)
    return data


def schedule(event):
    first = recurrence.local(event.start)
    data = {
        "@type": "Schedule",
        "repeatFrequency": f"P{event.recurrence_interval or 1}{PERIODS[event.recurrence_frequency]}",
        "startDate": first.date().isoformat(),
        "endDate": event.recurrence_until.isoformat(),
        "scheduleTimezone": recurrence.PARIS.key,
        "byDay": f"https://schema.org/{DAYS[first.weekday()]}",
    }
    if not event.all_day:
        data["startTime"] = first.strftime("%H:%M")
        end = event.real_end_of(event.start)
        if end is not None:
            data["endTime"] = recurrence.local(end).strftime("%H:%M")
    exceptions = [day.isoformat() for day, _reason in event.skipped_dates()]
    if exceptions:
        data["exceptDate"] = exceptions
    return data


def guest_data(guest):
    data = {"@type": GUEST_TYPES.get(guest.kind, "Organization"), "name": guest.name}
    if guest.website:
        data["url"] = guest.website
    return data


def programme_item_data(item, status):
    data = {"@type": "Event", "name": item["title"], "startDate": iso(item["start"])}
    if item.get("end"):
        data["endDate"] = iso(item["end"])
    if item.get("room"):
        data["location"] = {"@type": "Place", "name": item["room"]}
    if item.get("speakers"):
        data["performer"] = {"@type": "Organization", "name": item["speakers"]}
    data["eventStatus"] = status
    return data


def event_structured_data(event, request, series=None, programme=(), guests=(), organisers=()):
    """A schema.org Event, with its programme as subEvent and its series as superEvent."""
    url = event.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "inLanguage": "fr-FR",
        "eventStatus": STATUSES.get(event.status, STATUSES[Status.SCHEDULED]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": event.is_free,
        **dates(event),
        "offers": offer(event, url),
    }
    if event.summary:
        data["description"] = event.summary
    location = place(event)
    if location:
        data["location"] = location
    if event.is_recurring:
        data["eventSchedule"] = schedule(event)
    if organisers:
        data["organizer"] = [
            {
                "@type": "Organization",
                "name": link["name"],
                **({"url": link["website"]} if link["website"] else {}),
            }
            for link in organisers
        ]
    if guests:
        data["performer"] = [guest_data(guest) for guest in guests]
    items = [item for _day, day_items in programme for item in day_items]
    if items:
        data["subEvent"] = [programme_item_data(item, data["eventStatus"]) for item in items]
    if series is not None:
        data["superEvent"] = {
            "@type": "EventSeries",
            "name": series["title"],
            "url": absolute(request, series["url"]),
        }
    image = event.share_image
    if image:
        data["image"] = absolute(request, image.get_rendition(SHARE).url)
    return data


def series_structured_data(series, request, editions):
    """A schema.org EventSeries, with its editions as subEvent."""
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "name": series.title,
        "url": series.get_full_url(request),
        "description": series.intro,
        "inLanguage": "fr-FR",
    }
    if series.organiser:
        data["organizer"] = {"@type": "Organization", "name": series.organiser}
    sub_events = []
    for edition in editions:
        item = {
            "@type": "Event",
            "name": edition.title,
            "url": edition.get_full_url(request),
            "eventStatus": STATUSES.get(edition.status, STATUSES[Status.SCHEDULED]),
            **dates(edition),
        }
        location = place(edition)
        if location:
            item["location"] = location
        sub_events.append(item)
    if sub_events:
        data["subEvent"] = sub_events
    return data
