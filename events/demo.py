"""Demo content of the agendas: venues, guests, series (the festival and its editions since
2008, the CLIC à oreilles meetups), weekly workshops with their exceptions, a cancelled event.

The texts are in `events/demo_data/<quartier>.yaml`; their structure is checked by
`tests/events/test_demo_data.py`. Dates are either fixed (`date`, for the past the study
tells) or relative to today (`when.week` weeks from this week), so that the demo never goes
stale: the festival's editions continue to the next one, which always lies ahead.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from core.demo import data_files, paragraphs, read_data, register
from home.demo import photos_of
from home.models import QuartierPage

from .choices import Frequency
from .models import (
    AgendaPage,
    EventGuest,
    EventPage,
    EventSeriesPage,
    Guest,
    Venue,
)
from .recurrence import in_paris

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FREQUENCIES = {"jour": Frequency.DAILY, "semaine": Frequency.WEEKLY, "mois": Frequency.MONTHLY}
#: An event is "announced" (first published) three weeks before it starts, for "what's new".
ANNOUNCED_BEFORE = datetime.timedelta(days=21)
LATER_THEMES_FROM = 2012


def agenda_data(quartier_slug):
    """The demo agenda of a quartier, or None when it has none."""
    name = f"{quartier_slug}.yaml"
    return read_data("events", name) if name in data_files("events") else None


def week_day(week, weekday, today):
    """The `weekday` of the week `week` weeks from the current one."""
    monday = today - datetime.timedelta(days=today.weekday())
    return monday + datetime.timedelta(weeks=week, days=WEEKDAYS.index(weekday))


def at(day, hour):
    return in_paris(datetime.datetime.combine(day, datetime.time.fromisoformat(hour)))


def entry_day(entry, today):
    if "date" in entry:
        return entry["date"]
    when = entry["when"]
    return week_day(when["week"], when["weekday"], today)


def entry_times(entry, today):
    """(start, end, all_day) of an entry: fixed (`date`, `start`, `end`) or relative (`when`)."""
    day = entry_day(entry, today)
    times = entry.get("when", entry)
    if times.get("all_day"):
        return at(day, "00:00"), None, True
    end = at(day, times["end"]) if times.get("end") else None
    return at(day, times["start"]), end, False


def repeat_fields(entry, today):
    repeat = entry.get("repeat")
    if not repeat:
        return {}, []
    weekday = entry["when"]["weekday"]
    skipped = [
        {
            "type": "date",
            "value": {
                "date": week_day(skip["week"], weekday, today).isoformat(),
                "reason": skip.get("reason", ""),
            },
        }
        for skip in repeat.get("skip", ())
    ]
    fields = {
        "recurrence_frequency": FREQUENCIES[repeat["every"]],
        "recurrence_interval": repeat.get("interval", 1),
        "recurrence_until": week_day(repeat["until_week"], weekday, today),
    }
    return fields, skipped


def price_fields(price):
    price = price or {"kind": "gratuit"}
    return {
        "price_kind": price["kind"],
        "price_amount": Decimal(str(price["amount"])) if "amount" in price else None,
        "price_conditions": price.get("conditions", ""),
    }


def registration_fields(registration):
    registration = registration or {"kind": "aucune"}
    return {
        "registration": registration["kind"],
        "registration_url": registration.get("url", ""),
        "registration_details": registration.get("details", ""),
        "capacity": registration.get("capacity"),
        "is_full": registration.get("full", False),
    }


def accessibility_fields(accessibility):
    accessibility = accessibility or {}
    return {
        "wheelchair": accessibility.get("wheelchair", False),
        "hearing_loop": accessibility.get("hearing_loop", False),
        "sign_language": accessibility.get("sign_language", False),
        "easy_to_read": accessibility.get("easy_to_read", False),
        "accessibility_notes": accessibility.get("notes", ""),
    }


def load_venues(quartier, entries):
    venues = {}
    for entry in entries or ():
        fields = {key: value for key, value in entry.items() if key != "slug"}
        venue = Venue.objects.filter(quartier=quartier, slug=entry["slug"]).first()
        if venue is None:
            venue = Venue.objects.create(quartier=quartier, slug=entry["slug"], **fields)
        venues[entry["slug"]] = venue
    return venues


def load_guests(quartier, entries):
    guests = {}
    for entry in entries or ():
        guest, _created = Guest.objects.get_or_create(
            quartier=quartier,
            name=entry["name"],
            defaults={"kind": entry["kind"], "bio": entry.get("bio", "")},
        )
        guests[entry["slug"]] = guest
    return guests


class AgendaLoader:
    """Creates what is missing of one quartier's demo agenda."""

    def __init__(self, quartier, agenda, data, log, today=None):
        self.quartier = quartier
        self.agenda = agenda
        self.data = data
        self.log = log
        self.today = today or timezone.localdate()
        self.photos = photos_of(quartier)
        self.venues = load_venues(quartier, data.get("venues"))
        self.guests = load_guests(quartier, data.get("guests"))

    def run(self):
        self.update_agenda()
        for series in self.data.get("series", ()):
            self.load_series(series)
        self.load_events(self.agenda, self.data.get("events", ()))

    def update_agenda(self):
        wanted = self.data.get("agenda", {})
        title = wanted.get("title", self.agenda.title)
        intro = wanted.get("intro", self.agenda.intro)
        if (self.agenda.title, self.agenda.intro) != (title, intro):
            self.agenda.title = title
            self.agenda.intro = intro
            self.agenda.listing_summary = intro
            self.agenda.save_revision(log_action=False).publish(log_action=False)

    def load_events(self, parent, entries):
        existing = set(EventPage.objects.child_of(parent).values_list("slug", flat=True))
        for entry in entries:
            if entry["slug"] not in existing:
                self.create_event(parent, entry)

    def event_page(self, entry, start, end, all_day):
        page = EventPage(
            title=entry["title"],
            slug=entry["slug"],
            start=start,
            end=end,
            all_day=all_day,
            kind=entry.get("kind", "rencontre"),
            audience=entry.get("audience", "tout-public"),
            theme=entry.get("theme", ""),
            venue=self.venues.get(entry.get("venue")),
            place=entry.get("place", ""),
            status=entry.get("status", "prevu"),
            status_note=entry.get("status_note", ""),
            listing_summary=entry.get("summary", ""),
            body=[
                {"type": "paragraph", "value": paragraphs([text])} for text in entry.get("body", ())
            ],
            live=False,
            **price_fields(entry.get("price")),
            **registration_fields(entry.get("registration")),
            **accessibility_fields(entry.get("accessibility")),
        )
        page.organisers = organisers_data(entry.get("organisers", ()), entry.get("partners", ()))
        page.event_guests = [
            EventGuest(guest=self.guests[slug], sort_order=order)
            for order, slug in enumerate(entry.get("guests", ()))
        ]
        photo = entry.get("photo")
        if photo:
            page.listing_image = self.photo(entry, photo, start)
        return page

    def photo(self, entry, photo, start):
        """A generated photo; its caption becomes its text for blind readers."""
        image = self.photos(f"{entry['title']} · {start:%Y}", photo["credit"], start.date())
        caption = photo.get("caption") or entry["title"]
        if not image.description:
            image.description = caption[:255]
            image.save(update_fields=["description"])
        return image

    def create_event(self, parent, entry):
        start, end, all_day = entry_times(entry, self.today)
        page = self.event_page(entry, start, end, all_day)
        fields, skipped = repeat_fields(entry, self.today)
        for name, value in fields.items():
            setattr(page, name, value)
        page.exceptions = skipped
        return self.publish(parent, page)

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        announced = min(page.start - ANNOUNCED_BEFORE, timezone.now())
        EventPage.objects.filter(pk=page.pk).update(first_published_at=announced)
        self.log(f"  event {self.quartier.slug}/{page.slug}")
        return page

    def load_series(self, entry):
        series = EventSeriesPage.objects.child_of(self.agenda).filter(slug=entry["slug"]).first()
        if series is None:
            series = EventSeriesPage(
                title=entry["title"],
                slug=entry["slug"],
                kind=entry["kind"],
                since=entry.get("since"),
                organiser=entry.get("organiser", ""),
                intro=entry["intro"],
                listing_summary=entry["intro"],
                body=[
                    {"type": "paragraph", "value": paragraphs([text])}
                    for text in entry.get("body", ())
                ],
                live=False,
            )
            self.agenda.add_child(instance=series)
            series.save_revision(log_action=False).publish(log_action=False)
            self.log(f"  series {self.quartier.slug}/{series.slug}")
        if "editions" in entry:
            self.load_editions(series, entry["editions"])
        self.load_events(series, entry.get("events", ()))

    def load_editions(self, series, spec):
        """One edition a year since the first the study tells, to the next one ahead."""
        facts = {fact["year"]: fact for fact in spec["facts"]}
        existing = set(EventPage.objects.child_of(series).values_list("slug", flat=True))
        year = min(facts)
        next_year = self.next_edition_year(spec, year)
        while year <= next_year:
            if f"edition-{year}" not in existing:
                self.create_edition(series, spec, year, facts.get(year), year == next_year)
            year += 1

    def next_edition_year(self, spec, year):
        while festival_day(spec, year) < self.today:
            year += 1
        return year

    def create_edition(self, series, spec, year, fact, is_next):
        day = festival_day(spec, year)
        themes = spec["later_themes"]
        theme = fact["theme"] if fact else themes[(year - LATER_THEMES_FROM) % len(themes)]
        entry = {
            "title": spec["title"].format(year=year),
            "slug": f"edition-{year}",
            "kind": "festival",
            "theme": theme,
            "venue": spec["venue"],
            "organisers": spec["organisers"],
            "partners": spec["partners"],
            "summary": fact["summary"] if fact else spec["later_summary"].format(theme=theme),
        }
        start, end = at(day, spec["start"]), at(day, spec["end"])
        if is_next:
            upcoming = spec["next"]
            first_day = day - datetime.timedelta(days=1) if upcoming["starts_day_before"] else day
            start, end = at(first_day, upcoming["start"]), at(day, upcoming["end"])
            entry["summary"] = upcoming["summary"].format(theme=theme)
            entry["guests"] = upcoming.get("guests", ())
        else:
            entry["photo"] = {
                "credit": spec["photo_credit"],
                "caption": spec["photo_caption"].format(year=year, theme=theme),
            }
        page = self.event_page(entry, start, end, all_day=False)
        if is_next:
            page.programme = [
                programme_item_data(item, first_day) for item in upcoming["programme"]
            ]
        return self.publish(series, page)


def organisers_data(organisers, partners):
    """The `organisers` StreamField's data: organisers first, then partners."""
    return [
        {"type": "organiser", "value": {"name": name, "website": ""}} for name in organisers
    ] + [{"type": "partner", "value": {"name": name, "website": ""}} for name in partners]


def programme_item_data(item, first_day):
    day = first_day + datetime.timedelta(days=item["day"])
    return {
        "type": "item",
        "value": {
            "start": at(day, item["start"]).isoformat(),
            "end": at(day, item["end"]).isoformat(),
            "title": item["title"],
            "kind": item["kind"],
            "room": item.get("room", ""),
            "speakers": item.get("speakers", ""),
            "description": item.get("description", ""),
        },
    }


def festival_day(spec, year):
    """The festival's day in `year`: the n-th given weekday of its month."""
    first = datetime.date(year, spec["month"], 1)
    offset = (WEEKDAYS.index(spec["weekday"]) - first.weekday()) % 7
    return first + datetime.timedelta(days=offset + 7 * (spec["week_of_month"] - 1))


@register(order=40)
def load_agendas(log):
    for quartier in QuartierPage.objects.order_by("path"):
        data = agenda_data(quartier.slug)
        agenda = AgendaPage.objects.child_of(quartier).first()
        if data is not None and agenda is not None:
            AgendaLoader(quartier, agenda, data, log).run()
