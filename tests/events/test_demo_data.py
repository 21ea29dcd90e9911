"""The demo's agenda texts (events/demo_data/*.yaml): their structure, and loading them."""

import datetime
import re

import pytest
from django.utils import timezone

from core.demo import data_files, data_path, read_data
from events.choices import (
    Audience,
    EventKind,
    GuestKind,
    PriceKind,
    Registration,
    Status,
    VenueKind,
)
from events.demo import WEEKDAYS, agenda_data, festival_day, load_agendas
from events.models import AgendaPage, EventPage, EventSeriesPage, Guest, Venue
from home.factories import QuartierPageFactory

QUARTIERS = read_data("home", "quartiers.yaml")["quartiers"]
SLUGS = [entry["slug"] for entry in QUARTIERS]
EVENT_KEYS = {
    "slug",
    "title",
    "kind",
    "audience",
    "theme",
    "date",
    "start",
    "end",
    "when",
    "repeat",
    "venue",
    "place",
    "price",
    "registration",
    "status",
    "status_note",
    "accessibility",
    "organisers",
    "partners",
    "guests",
    "summary",
    "body",
    "photo",
}
STUDY_THEMES = {
    2008: "le numérique pour tous (première édition)",
    2009: "les réseaux sociaux",
    2010: "les jeux vidéo",
    2011: "les tablettes tactiles et les smartphones",
}


def all_events(data):
    for series in data.get("series", ()):
        yield from series.get("events", ())
    yield from data.get("events", ())


def check_event(entry, venues, guests):
    assert set(entry) <= EVENT_KEYS, set(entry) - EVENT_KEYS
    assert entry["title"].strip()
    assert entry["summary"].strip()
    assert re.fullmatch(r"[a-z0-9-]+", entry["slug"])
    assert entry.get("kind", "rencontre") in EventKind.values
    assert entry.get("audience", "tout-public") in Audience.values
    assert entry.get("status", "prevu") in Status.values
    assert entry.get("price", {"kind": "gratuit"})["kind"] in PriceKind.values
    assert entry.get("registration", {"kind": "aucune"})["kind"] in Registration.values
    assert ("date" in entry) != ("when" in entry), entry["slug"]
    if "date" in entry:
        assert isinstance(entry["date"], datetime.date)
        assert "repeat" not in entry
    else:
        when = entry["when"]
        assert isinstance(when["week"], int)
        assert when["weekday"] in WEEKDAYS
        assert when.get("all_day") or when["start"]
    if "repeat" in entry:
        assert entry["repeat"]["every"] in ("jour", "semaine", "mois")
        assert entry["repeat"]["until_week"] > entry["when"]["week"]  # never without end
    assert entry.get("venue") is None or entry["venue"] in venues
    assert set(entry.get("guests", ())) <= guests


@pytest.mark.parametrize("slug", SLUGS)
def test_each_demo_quartier_has_a_well_formed_agenda(slug):
    data = agenda_data(slug)
    assert data is not None
    venues = {venue["slug"] for venue in data.get("venues", ())}
    assert len(venues) == len(data.get("venues", ()))
    for venue in data.get("venues", ()):
        assert venue["kind"] in VenueKind.values
    guests = {guest["slug"] for guest in data.get("guests", ())}
    for guest in data.get("guests", ()):
        assert guest["kind"] in GuestKind.values
        assert guest["bio"].strip()
    slugs = [entry["slug"] for entry in data.get("events", ())]
    assert len(slugs) == len(set(slugs))
    for entry in all_events(data):
        check_event(entry, venues, guests)
    assert any(entry.get("repeat") for entry in all_events(data)), "a workshop that repeats"


def test_no_real_people_data_in_the_demo():
    for name in data_files("events"):
        text = data_path("events", name).read_text(encoding="utf-8")
        for phone in re.findall(r"\b0\d(?: \d\d){4}\b", text):
            assert phone.startswith("01 99"), phone
        for email in re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", text):
            assert email.endswith(".example.org"), email
        for url in re.findall(r"https?://[^\s\"]+", text):
            assert ".example.org" in url, url


def test_the_festival_from_2008_with_the_studys_themes():
    (festival,) = agenda_data("noyer-renard")["series"]
    editions = festival["editions"]
    assert {fact["year"]: fact["theme"] for fact in editions["facts"]} == STUDY_THEMES
    assert festival["since"] == 2008
    assert len(editions["later_themes"]) >= 10
    kinds = {item["kind"] for item in editions["next"]["programme"]}
    assert {"conference", "demo", "stand", "atelier-theatre"} <= kinds


def test_clic_a_oreilles_meets_in_varied_places_with_guests():
    data = agenda_data("nice-est")
    (clic,) = data["series"]
    venues = {data_venue["slug"]: data_venue["kind"] for data_venue in data["venues"]}
    kinds = {venues[meetup["venue"]] for meetup in clic["events"]}
    assert {"salle-paroissiale", "place-publique", "snack", "bar", "local-associatif"} <= kinds
    assert all(meetup["guests"] for meetup in clic["events"])


def test_weekly_workshops_in_several_quartiers_and_a_cancelled_event():
    weekly = {
        slug
        for slug in SLUGS
        for entry in all_events(agenda_data(slug))
        if entry.get("repeat", {}).get("every") == "semaine"
    }
    assert len(weekly) >= 5
    statuses = [entry.get("status") for slug in SLUGS for entry in all_events(agenda_data(slug))]
    assert "annule" in statuses


def test_the_next_edition_always_lies_ahead():
    (festival,) = agenda_data("noyer-renard")["series"]
    spec = festival["editions"]
    today = timezone.localdate()
    year = today.year if festival_day(spec, today.year) >= today else today.year + 1
    assert festival_day(spec, year) >= today
    assert festival_day(spec, year).weekday() == WEEKDAYS.index(spec["weekday"])


@pytest.mark.django_db
def test_demo_agendas_load_once_and_keep_quartiers_apart(client, home):
    noyer = QuartierPageFactory(title="Le Noyer Renard", slug="noyer-renard")
    nice = QuartierPageFactory(title="Nice-Est", slug="nice-est")
    load_agendas(lambda message: None)
    counts = (
        EventPage.objects.count(),
        EventSeriesPage.objects.count(),
        Venue.objects.count(),
        Guest.objects.count(),
    )
    festival = EventSeriesPage.objects.get(slug="festival-des-usages")
    editions = EventPage.objects.child_of(festival).live()
    years = sorted(edition.start.year for edition in editions)
    assert years[0] == 2008
    assert editions.get(slug="edition-2010").theme == "les jeux vidéo"
    upcoming = EventPage.objects.child_of(festival).live().upcoming(timezone.now())
    assert upcoming.count() == 1
    assert len(upcoming.get().programme) >= 8
    assert EventPage.objects.filter(status="annule").exists()
    assert EventPage.objects.exclude(recurrence_frequency="").exclude(exceptions=[]).exists()
    # Each venue and guest belongs to the quartier whose events use it.
    for event in EventPage.objects.filter(venue__isnull=False):
        quartier = noyer if event.path.startswith(noyer.path) else nice
        assert event.venue.quartier_id == quartier.pk
    agenda = AgendaPage.objects.child_of(noyer).get()
    assert agenda.title == "L'agenda du Noyer Renard"
    assert client.get(festival.url).status_code == 200

    load_agendas(lambda message: None)
    assert counts == (
        EventPage.objects.count(),
        EventSeriesPage.objects.count(),
        Venue.objects.count(),
        Guest.objects.count(),
    )
