"""Opening hours (OpenStreetMap syntax) read for residents: a table of cases across days,
midnight, summer time and public holidays; refusals with the error's position."""

import datetime
import importlib

import pytest
from django.core.exceptions import ValidationError

from core.opening_hours import (
    EXAMPLE,
    PARIS,
    Schedule,
    holiday_name,
    opening_hours_errors,
    validate_opening_hours,
)

OFFICE = "Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off"


def at(text):
    """An aware moment in Paris from "2026-05-04 10:00" (fold=1 with a trailing "+")."""
    fold = text.endswith("+")
    moment = datetime.datetime.fromisoformat(text.rstrip("+"))
    return moment.replace(tzinfo=PARIS, fold=int(fold))


# (hours, moment, state, label) — 2026-05-04 is a Monday; 1 May 2026 a Friday (holiday).
CASES = [
    # Days of the week, lunch break, the weekend.
    (OFFICE, "2026-05-04 08:00", "closed", "Fermé · ouvre à 9 h"),
    (OFFICE, "2026-05-04 10:00", "open", "Ouvert · ferme à 12 h"),
    (OFFICE, "2026-05-04 12:30", "closed", "Fermé · ouvre à 13 h 30"),
    (OFFICE, "2026-05-04 16:59", "open", "Ouvert · ferme à 17 h"),
    (OFFICE, "2026-05-04 17:00", "closed", "Fermé · ouvre demain à 9 h"),
    (OFFICE, "2026-05-09 11:00", "open", "Ouvert · ferme à 12 h"),
    (OFFICE, "2026-05-09 12:00", "closed", "Fermé · ouvre lundi à 9 h"),
    (OFFICE, "2026-05-10 15:00", "closed", "Fermé · ouvre demain à 9 h"),
    # Public holidays (the `holidays` calendar): closed when the place says so.
    (OFFICE, "2026-05-01 10:00", "closed", "Fermé · ouvre demain à 9 h"),
    (OFFICE, "2026-04-30 18:00", "closed", "Fermé · ouvre samedi à 9 h"),
    (OFFICE, "2026-07-14 10:00", "closed", "Fermé · ouvre demain à 9 h"),
    (OFFICE, "2026-12-24 16:00", "open", "Ouvert · ferme à 17 h"),
    # Whit Monday and Ascension move every year.
    (OFFICE, "2027-05-17 10:00", "closed", "Fermé · ouvre demain à 9 h"),
    (OFFICE, "2027-05-06 10:00", "closed", "Fermé · ouvre demain à 9 h"),
    # A place that opens only on public holidays; one with other hours on them.
    ("PH 10:00-12:00", "2026-05-01 11:00", "open", "Ouvert · ferme à 12 h"),
    ("PH 10:00-12:00", "2026-05-04 11:00", "closed", "Fermé · ouvre vendredi à 10 h"),
    (
        "Mo-Fr 09:00-18:00; PH 10:00-12:00",
        "2026-05-01 15:00",
        "closed",
        "Fermé · ouvre lundi à 9 h",
    ),
    # Without "PH", a holiday is an ordinary day.
    ("Mo-Fr 09:00-17:00", "2026-05-01 10:00", "open", "Ouvert · ferme à 17 h"),
    # Past midnight.
    ("Fr 22:00-02:00", "2026-05-08 23:00", "open", "Ouvert · ferme demain à 2 h"),
    ("Fr 22:00-02:00", "2026-05-09 01:30", "open", "Ouvert · ferme à 2 h"),
    ("Fr 22:00-02:00", "2026-05-09 02:00", "closed", "Fermé · ouvre vendredi à 22 h"),
    ("Mo-Su 18:00-24:00", "2026-05-04 23:30", "open", "Ouvert · ferme à minuit"),
    ("Mo-Su 00:00-24:00", "2026-05-04 12:00", "open", "Ouvert 24 h sur 24"),
    ("24/7", "2026-05-04 03:00", "open", "Ouvert 24 h sur 24"),
    # Summer time starts (29 March 2026, 2:00 → 3:00) and ends (25 October, 3:00 → 2:00).
    ("Su 01:00-04:00", "2026-03-29 01:30", "open", "Ouvert · ferme à 4 h"),
    ("Su 01:00-04:00", "2026-03-29 03:30", "open", "Ouvert · ferme à 4 h"),
    ("Su 03:00-05:00", "2026-03-29 01:59", "closed", "Fermé · ouvre à 3 h"),
    ("Su 01:00-04:00", "2026-10-25 02:30", "open", "Ouvert · ferme à 4 h"),
    ("Su 01:00-04:00", "2026-10-25 02:30+", "open", "Ouvert · ferme à 4 h"),
    ("Sa 09:00-12:00", "2026-10-25 02:30+", "closed", "Fermé · ouvre samedi à 9 h"),
    # Far away, never, to be checked, with a comment.
    ("Dec 24 10:00-12:00", "2026-12-01 10:00", "closed", "Fermé · ouvre le 24 décembre à 10 h"),
    ("off", "2026-05-04 10:00", "closed", "Fermé"),
    ("Mo 09:00-12:00 unknown", "2026-05-04 10:00", "unknown", "Horaires à confirmer"),
    (
        'Mo 09:00-12:00 "sur rendez-vous"',
        "2026-05-04 10:00",
        "open",
        "Ouvert · ferme à 12 h · sur rendez-vous",
    ),
]


@pytest.mark.parametrize(("hours", "moment", "state", "label"), CASES)
def test_open_now_and_until_when(hours, moment, state, label):
    schedule = Schedule(hours)
    status = schedule.status(at(moment))
    assert (status.state, status.label) == (state, label)
    assert schedule.is_open(at(moment)) is (state == "open")


def test_a_moment_in_another_time_zone_is_read_in_paris():
    utc = datetime.datetime(2026, 5, 4, 8, 30, tzinfo=datetime.UTC)  # 10:30 in Paris
    assert Schedule(OFFICE).status(utc).label == "Ouvert · ferme à 12 h"


def test_alsace_moselle_has_its_own_holidays():
    st_stephen = at("2026-12-26 10:00")  # a Saturday, a holiday in Moselle only
    assert Schedule(OFFICE).is_open(st_stephen)
    assert not Schedule(OFFICE, subdiv="57").is_open(st_stephen)
    assert holiday_name(st_stephen.date(), "57")
    assert not holiday_name(st_stephen.date())


def test_the_week_in_french_with_today_and_holidays():
    week = Schedule(OFFICE).week(today=datetime.date(2026, 5, 1))
    assert [day.name for day in week] == [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]  # fmt: skip
    assert week[0].date == datetime.date(2026, 4, 27)
    assert week[0].hours == "9 h – 12 h, 13 h 30 – 17 h"
    assert (week[4].hours, week[4].holiday, week[4].is_today) == (
        "Fermé",
        "Fête du Travail",
        True,
    )
    assert week[5].hours == "9 h – 12 h"
    assert week[6].closed


def test_hours_past_midnight_show_on_the_day_they_start():
    week = Schedule("Fr 22:00-02:00; Su 21:00-03:00").week(today=datetime.date(2026, 5, 6))
    assert week[4].hours == "22 h – 2 h"
    assert week[5].closed
    assert week[6].hours == "21 h – 3 h"
    assert week[0].closed  # Monday's early hours belong to Sunday


def test_summary_groups_days_and_says_what_happens_on_holidays():
    schedule = Schedule(OFFICE)
    assert schedule.summary(datetime.date(2026, 5, 4)) == [
        "Du lundi au vendredi : 9 h – 12 h, 13 h 30 – 17 h",
        "Samedi : 9 h – 12 h",
        "Dimanche : Fermé",
        "Fermé les jours fériés.",
    ]
    assert schedule.summary_short()[-2:] == ["Samedi : 9 h – 12 h", "Fermé les jours fériés."]
    assert Schedule("Mo-Fr 09:00-17:00; PH 10:00-12:00").holiday_rule() == (
        "Les jours fériés : 10 h – 12 h."
    )
    assert Schedule("Mo-Fr 09:00-17:00").holiday_rule() == ""


def test_schema_org_opening_hours_specification():
    specification = Schedule(OFFICE).opening_hours_specification(
        today=datetime.date(2026, 4, 27), horizon_days=12
    )
    weekdays = [f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday")]
    morning = specification[0]
    assert morning["opens"] == "09:00"
    assert morning["closes"] == "12:00"
    assert weekdays[0] in morning["dayOfWeek"]
    assert "https://schema.org/Saturday" in morning["dayOfWeek"]
    afternoon = specification[1]
    assert (afternoon["opens"], afternoon["closes"]) == ("13:30", "17:00")
    assert "https://schema.org/Saturday" not in afternoon["dayOfWeek"]
    # 1 May and 8 May (Fridays, holidays) are closed: schema.org's dated closing.
    closed = [item for item in specification if "validFrom" in item]
    assert [item["validFrom"] for item in closed] == ["2026-05-01", "2026-05-08"]
    assert all((item["opens"], item["closes"]) == ("00:00", "00:00") for item in closed)


@pytest.mark.parametrize(
    ("hours", "position", "after"),
    [
        ("Mo-Fr 9:00-", 12, "Mo-Fr 9:00-"),
        ("Mo-Fr 09:00-12:00 ; Xy", 21, "Mo-Fr 09:00-12:00 ; "),
        ("Mo-Fr 25:00-26:00", 7, "Mo-Fr "),
        ("Mo-Fr 09:00-17:00;;", 19, "Mo-Fr 09:00-17:00;"),
    ],
)
def test_hours_that_do_not_parse_are_refused_with_the_position_and_an_example(
    hours, position, after
):
    (message,) = opening_hours_errors(hours)
    assert f"au caractère {position}" in message
    assert f"juste après « {after} »" in message
    assert EXAMPLE in message


@pytest.mark.parametrize(
    ("hours", "words"),
    [
        ("lundi 9h-12h", "dès le début"),
        ("Mo-Fr 09:00-17:00; SH off", "vacances scolaires"),
        ("Mo-Fr 09:00-17:00; PH Mo off", "« PH » seuls"),
        ("Mo-Fr 09:00-12:00; " * 20, "trop longs"),
    ],
)
def test_other_refusals_say_why_in_french(hours, words):
    with pytest.raises(ValidationError) as error:
        validate_opening_hours(hours)
    assert words in " ".join(error.value.messages)


def test_empty_or_broken_hours_give_an_empty_schedule():
    for hours in ("", "   ", None, "n'importe quoi"):
        schedule = Schedule(hours)
        assert not schedule
        assert schedule.week() == []
        assert schedule.status().state == "none"
        assert schedule.opening_hours_specification() == []


def test_the_quartier_hours_migration_writes_and_reads_osm_strings():
    migration = importlib.import_module("home.migrations.0004_epn_opening_hours_osm")
    rows = [(1, "09:00:00", "12:00:00"), (0, "14:00", "18:00"), (1, "14:00", "18:00")]
    rows += [(2, "09:00", "12:00"), (3, "09:00", "12:00"), (4, "09:00", "12:00")]
    expression = migration.rows_to_osm(rows)
    assert expression == "Mo 14:00-18:00; Tu 09:00-12:00,14:00-18:00; We-Fr 09:00-12:00"
    assert sorted(migration.osm_to_rows(expression)) == sorted(
        (day, opens[:5], closes[:5]) for day, opens, closes in rows
    )
    assert migration.rows_to_osm([]) == ""
