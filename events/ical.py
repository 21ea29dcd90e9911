"""iCalendar (RFC 5545) with the `icalendar` library: one event, a series, a quartier's
agenda, the whole portal. Times carry their TZID (Europe/Paris) and a VTIMEZONE; a repeating
event is one VEVENT with its RRULE and EXDATE; a cancelled event says STATUS:CANCELLED."""

import datetime

from django.db.models import Exists, OuterRef
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration

from . import recurrence
from .choices import Status
from .models import EventOccurrence

PRODID = "-//Quartiers//Agenda des quartiers//FR"
UID_DOMAIN = "quartiers"
#: Calendars list what is upcoming and what happened in the last year.
CALENDAR_PAST = datetime.timedelta(days=365)
CALENDAR_MAX_EVENTS = 2000
REFRESH = datetime.timedelta(hours=6)
STATUSES = {
    Status.SCHEDULED: "CONFIRMED",
    Status.POSTPONED: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
}
ICAL_SUFFIX = "agenda.ics"


def calendar_links(request, page_url):
    """The addresses of a page's calendar: to download it, and to subscribe (webcal)."""
    if not page_url:
        return None
    ics = f"{page_url}{ICAL_SUFFIX}"
    absolute = request.build_absolute_uri(ics) if request else ics
    return {"ics": ics, "webcal": "webcal://" + absolute.split("://", 1)[-1]}


def event_uid(event):
    """Stable across edits, moves and renames: the page's translation key."""
    return f"{event.translation_key}@{UID_DOMAIN}"


def with_calendar_data(events):
    """What a VEVENT reads, in one query whatever the number of events."""
    return events.select_related("venue")


def recent_and_upcoming(events, now=None):
    """Events worth a calendar subscription: upcoming, or over for less than a year."""
    now = now or timezone.now()
    recent = EventOccurrence.objects.filter(event=OuterRef("pk"), end__gt=now - CALENDAR_PAST)
    return with_calendar_data(events.filter(Exists(recent))).order_by("start", "pk")[
        :CALENDAR_MAX_EVENTS
    ]


def event_component(event, request=None):
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    summary = event.title
    if event.is_cancelled:
        summary = _("Annulé : %(title)s") % {"title": event.title}
    component.add("summary", summary)
    start = recurrence.local(event.start)
    if event.all_day:
        component.add("dtstart", start.date())
        component.add("dtend", recurrence.local(event.span_of(event.start)).date())
    else:
        component.add("dtstart", start)
        end = event.real_end_of(event.start)
        if end is not None:
            component.add("dtend", recurrence.local(end))
    if event.is_recurring:
        component.add(
            "rrule",
            recurrence.ical_rule(
                event.start,
                event.recurrence_frequency,
                event.recurrence_interval,
                event.recurrence_until,
                all_day=event.all_day,
            ),
        )
        skipped = [
            exception_date
            if event.all_day
            else recurrence.in_paris(
                datetime.datetime.combine(exception_date, start.time().replace(tzinfo=None))
            )
            for exception_date in sorted(event.exception_dates())
        ]
        if skipped:
            component.add("exdate", skipped)
    component.add("status", STATUSES.get(event.status, "CONFIRMED"))
    location = event.location_text
    if location:
        component.add("location", location)
    if event.venue_id and event.venue.has_coordinates:
        component.add("geo", (float(event.venue.latitude), float(event.venue.longitude)))
    url = event.get_full_url(request)
    if url:
        component.add("url", url)
    description = [event.summary]
    if event.status != Status.SCHEDULED:
        description.insert(
            0, " ".join(filter(None, [str(event.get_status_display()), event.status_note]))
        )
    description.append(event.price_text)
    if url:
        description.append(url)
    component.add("description", "\n\n".join(part for part in description if part))
    component.add("categories", [str(event.get_kind_display())])
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, name, request=None, url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", recurrence.PARIS.key)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    if url:
        calendar.add("url", url)
    years = {timezone.localdate().year}
    for event in events:
        calendar.add_component(event_component(event, request))
        years.add(recurrence.local(event.start).year)
        if event.recurrence_until:
            years.add(event.recurrence_until.year)
    # The time zone's changes over the calendar's years only, not since 1970.
    calendar.add_missing_timezones(
        first_date=datetime.date(min(years), 1, 1), last_date=datetime.date(max(years) + 2, 1, 1)
    )
    return calendar.to_ical()


def calendar_response(events, name, request, url=""):
    """The calendar as a file that calendar apps open or subscribe to."""
    response = HttpResponse(
        build_calendar(events, name, request, url), content_type="text/calendar; charset=utf-8"
    )
    filename = slugify(name) or "agenda"
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    response["Cache-Control"] = "public, max-age=900"
    return response
