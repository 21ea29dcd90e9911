"""iCalendar files, parsed back with `icalendar`: UID, DTSTART with TZID, RRULE, EXDATE,
STATUS:CANCELLED, all-day dates, the daylight-saving change; drafts never in them."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.recurrence import PARIS

from .conftest import paris

pytestmark = pytest.mark.django_db


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].endswith('.ics"')
    return Calendar.from_ical(response.content)


def events_of(cal):
    return {str(event["SUMMARY"]): event for event in cal.walk("VEVENT")}


def test_one_event(client, make_event, venue):
    venue.latitude, venue.longitude = "47.2181", "5.9442"
    venue.save()
    event = make_event(
        title="Atelier CV", start=paris(2027, 1, 12, 14), end=paris(2027, 1, 12, 16), venue=venue
    )
    cal = calendar(client, event.url + "agenda.ics")
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == f"{event.translation_key}@quartiers"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent.decoded("DTSTART") == paris(2027, 1, 12, 14)
    assert vevent.decoded("DTEND") == paris(2027, 1, 12, 16)
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert (
        str(vevent["LOCATION"]) == "Salle paroissiale Saint-Roch, 2 place du Marché, 25000 Besançon"
    )
    assert vevent["GEO"].latitude == pytest.approx(47.2181)
    assert str(vevent["URL"]).endswith(event.url)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(cal["X-WR-CALNAME"]) == "Atelier CV"
    assert b"BEGIN:VTIMEZONE" in cal.to_ical()


def test_a_repeating_event_is_one_vevent_with_rrule_and_exdate(client, make_event):
    event = make_event(
        title="Atelier du mardi",
        start=paris(2027, 1, 5, 14),
        end=paris(2027, 1, 5, 16),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 6, 29),
        exceptions=[datetime.date(2027, 2, 16), datetime.date(2027, 4, 20)],
    )
    (vevent,) = calendar(client, event.url + "agenda.ics").walk("VEVENT")
    rule = vevent["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"] == [datetime.datetime(2027, 6, 29, 21, 59, 59, tzinfo=datetime.UTC)]
    skipped = [moment.dt for exdate in [vevent["EXDATE"]] for moment in exdate.dts]
    assert skipped == [paris(2027, 2, 16, 14), paris(2027, 4, 20, 14)]
    assert vevent["EXDATE"].params["TZID"] == "Europe/Paris"


def test_a_cancelled_event_says_status_cancelled(client, make_event):
    event = make_event(title="Bal", status="annule", status_note="Il pleut.")
    (vevent,) = calendar(client, event.url + "agenda.ics").walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert str(vevent["SUMMARY"]) == "Annulé : Bal"
    assert "Il pleut." in str(vevent["DESCRIPTION"])


def test_an_all_day_event_over_several_days(client, make_event):
    event = make_event(start=paris(2027, 6, 11), end=paris(2027, 6, 13), all_day=True)
    (vevent,) = calendar(client, event.url + "agenda.ics").walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.date(2027, 6, 11)
    assert vevent.decoded("DTEND") == datetime.date(2027, 6, 14)  # exclusive
    assert vevent["DTSTART"].params.get("VALUE") == "DATE"


def test_the_daylight_saving_change(client, make_event):
    night = make_event(title="Nuit du jeu", start=paris(2027, 3, 27, 22), end=paris(2027, 3, 28, 4))
    (vevent,) = calendar(client, night.url + "agenda.ics").walk("VEVENT")
    assert vevent["DTSTART"].to_ical() == b"20270327T220000"
    assert vevent["DTEND"].to_ical() == b"20270328T040000"
    assert vevent["DTSTART"].params["TZID"] == vevent["DTEND"].params["TZID"] == "Europe/Paris"
    # Six hours of wall-clock time, five of real time: one hour was skipped.
    utc = [vevent.decoded(name).astimezone(datetime.UTC) for name in ("DTSTART", "DTEND")]
    assert utc == [
        datetime.datetime(2027, 3, 27, 21, tzinfo=datetime.UTC),
        datetime.datetime(2027, 3, 28, 2, tzinfo=datetime.UTC),
    ]
    weekly = make_event(
        title="Atelier du jeudi",
        start=paris(2027, 3, 18, 18),
        end=paris(2027, 3, 18, 20),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 4, 8),
    )
    cal = calendar(client, weekly.url + "agenda.ics")
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].to_ical() == b"20270318T180000"
    # Expanded by a calendar app: 18 h in Paris before and after the change.
    starts = list(rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=vevent.decoded("DTSTART")))
    assert [start.hour for start in starts] == [18, 18, 18, 18]
    assert [start.astimezone(datetime.UTC).hour for start in starts] == [17, 17, 16, 16]
    # The file's VTIMEZONE tells when Paris changes to summer time that year.
    (summer,) = cal.walk("DAYLIGHT")
    assert b"20270328T030000" in summer.to_ical()


def test_the_agenda_series_and_portal_calendars(
    client, agenda, other_agenda, make_event, make_series
):
    series = make_series(title="Festival")
    make_event(parent=series, title="Édition 2027", days=30)
    make_event(title="Atelier", days=3)
    make_event(title="Brouillon", days=4, live=False)
    make_event(title="Il y a trois ans", days=-3 * 365)
    make_event(parent=other_agenda, title="Chez les voisins", days=5)
    mine = events_of(calendar(client, agenda.url + "agenda.ics"))
    assert set(mine) == {"Édition 2027", "Atelier"}
    assert set(events_of(calendar(client, series.url + "agenda.ics"))) == {"Édition 2027"}
    everything = events_of(calendar(client, "/agendas.ics"))
    assert set(everything) == {"Édition 2027", "Atelier", "Chez les voisins"}
    cal = calendar(client, "/agendas.ics")
    assert str(cal["X-WR-CALNAME"]) == "L'agenda des quartiers"
    assert str(cal["REFRESH-INTERVAL"].to_ical().decode()) == "PT6H"


def test_private_pages_and_other_pages_have_no_calendar(client, agenda, make_event, quartier):
    secret = make_event(title="Réunion privée", days=3)
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert client.get(secret.url + "agenda.ics").status_code == 404
    assert "Réunion privée" not in client.get(agenda.url + "agenda.ics").content.decode()
    assert "Réunion privée" not in client.get("/agendas.ics").content.decode()
    assert "Réunion privée" not in client.get(agenda.url).content.decode()
    assert client.get(quartier.url + "agenda.ics").status_code == 404
    assert client.get("/nulle-part/agenda.ics").status_code == 404


def test_every_event_uid_is_stable_across_edits(client, make_event):
    event = make_event(title="Avant")
    first = calendar(client, event.url + "agenda.ics").walk("VEVENT")[0]["UID"]
    event.title = "Après"
    event.save_revision().publish()
    second = calendar(client, event.url + "agenda.ics").walk("VEVENT")[0]["UID"]
    assert first == second


def test_times_are_paris_times(make_event):
    event = make_event(start=paris(2027, 7, 1, 9))
    assert event.start.astimezone(PARIS).hour == 9
