"""Events' dates: once, all day, over several days, repeating; what is refused, in French."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from events.drafts import draft_event
from events.models import EventOccurrence, EventPage
from events.recurrence import PARIS, ical_rule, rule_starts, week_of_month

from .conftest import in_days, paris

pytestmark = pytest.mark.django_db


def plain(text):
    """Times are written with no-break spaces (« 14\u00a0h »)."""
    return text.replace("\u00a0", " ")


def messages(error, field):
    """The French messages of a ValidationError for one field and above the form."""
    found = [*error.error_dict.get(field, []), *error.error_dict.get(NON_FIELD_ERRORS, [])]
    for item in list(found):
        found.extend(getattr(item, "non_block_errors", None) or [])
    return " ".join(
        message
        for entry in found
        for message in (entry.messages if isinstance(entry, ValidationError) else [str(entry)])
    )


def test_an_event_gets_its_dates(make_event):
    event = make_event(days=3, hour=14, hours=2)
    (date,) = EventOccurrence.objects.filter(event=event)
    assert date.start == in_days(3, 14)
    assert date.end == in_days(3, 16)


def test_an_event_without_end_lasts_until_the_end_of_its_day(make_event):
    event = make_event(days=3, hour=14, hours=None)
    date = EventOccurrence.objects.get(event=event)
    assert date.end == in_days(4, 0)
    assert plain(event.when).endswith("à 14 h")


def test_an_all_day_event_over_several_days(make_event):
    start = paris(2027, 6, 11, 15, 30)
    event = make_event(start=start, end=paris(2027, 6, 13, 9), all_day=True)
    assert event.start == paris(2027, 6, 11)
    assert event.end == paris(2027, 6, 13)
    date = EventOccurrence.objects.get(event=event)
    assert (date.start, date.end) == (paris(2027, 6, 11), paris(2027, 6, 14))
    assert event.when == "du vendredi 11 juin au dimanche 13 juin 2027"


def test_an_evening_past_midnight_reads_as_one_evening(make_event):
    event = make_event(start=paris(2027, 3, 13, 21), end=paris(2027, 3, 14, 1))
    assert plain(event.when) == "samedi 13 mars 2027, de 21 h à 1 h (le lendemain)"


def test_a_weekly_workshop_with_skipped_dates(make_event):
    start = paris(2027, 1, 5, 14)  # a Tuesday
    event = make_event(
        start=start,
        end=paris(2027, 1, 5, 16),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 2, 2),
        exceptions=[datetime.date(2027, 1, 19)],
    )
    starts = list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True))
    assert [moment.astimezone(PARIS).day for moment in starts] == [5, 12, 26, 2]
    assert plain(event.schedule) == (
        "Chaque mardi, de 14 h à 16 h, du 5 janvier 2027 au 2 février 2027"
    )


def test_every_other_week_and_monthly_rules(make_event):
    fortnightly = make_event(
        start=paris(2027, 1, 4, 14),
        end=paris(2027, 1, 4, 16),
        recurrence_frequency="semaine",
        recurrence_interval=2,
        recurrence_until=datetime.date(2027, 2, 28),
    )
    assert fortnightly.occurrences.count() == 4
    assert fortnightly.schedule.startswith("Un lundi sur deux")
    # The 1st Wednesday of each month.
    monthly = make_event(
        start=paris(2027, 1, 6, 18),
        end=paris(2027, 1, 6, 19, 30),
        recurrence_frequency="mois",
        recurrence_until=datetime.date(2027, 4, 30),
    )
    days = [moment.astimezone(PARIS).date() for moment in monthly.rule_starts()]
    assert days == [
        datetime.date(2027, 1, 6),
        datetime.date(2027, 2, 3),
        datetime.date(2027, 3, 3),
        datetime.date(2027, 4, 7),
    ]
    assert monthly.schedule.startswith("Le 1er mercredi de chaque mois")


def test_a_weekly_rule_keeps_its_paris_time_across_the_daylight_saving_change():
    starts = rule_starts(paris(2027, 3, 18, 18), "semaine", 1, datetime.date(2027, 4, 8))
    assert [start.astimezone(PARIS).hour for start in starts] == [18, 18, 18, 18]
    # 18 h in Paris is 17 h UTC in winter, 16 h UTC in summer (28 March 2027).
    assert [start.astimezone(datetime.UTC).hour for start in starts] == [17, 17, 16, 16]


def test_the_ical_rule_ends_in_utc():
    rule = ical_rule(paris(2027, 1, 5, 14), "semaine", 1, datetime.date(2027, 6, 29))
    assert rule["FREQ"] == "WEEKLY"
    assert rule["UNTIL"] == datetime.datetime(2027, 6, 29, 21, 59, 59, tzinfo=datetime.UTC)
    monthly = ical_rule(paris(2027, 1, 26, 14), "mois", 1, datetime.date(2027, 6, 29))
    assert monthly["BYDAY"] == "4TU"
    assert week_of_month(datetime.date(2027, 1, 29)) == -1


def test_saving_a_draft_of_a_live_event_keeps_its_live_dates(make_event):
    event = make_event(days=5, hour=10)
    event.start = in_days(40, 10)
    event.end = in_days(40, 12)
    event.save_revision()
    assert EventOccurrence.objects.get(event=event).start == in_days(5, 10)
    event.get_latest_revision().publish()
    assert EventOccurrence.objects.get(event=event).start == in_days(40, 10)


# Refused, with a French message, nothing saved


def refused(event, field):
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    return messages(error.value, field)


def test_an_end_before_the_start_is_refused(make_event):
    event = make_event(live=False)
    event.end = event.start - datetime.timedelta(hours=1)
    assert "est avant le début" in refused(event, "end")


def test_a_repeating_event_without_end_is_refused(make_event):
    event = make_event(live=False)
    event.recurrence_frequency = "semaine"
    assert "doit s'arrêter un jour" in refused(event, "recurrence_until")
    event.recurrence_until = (event.start - datetime.timedelta(days=3)).date()
    assert "est avant le début" in refused(event, "recurrence_until")


def test_an_end_date_without_rule_is_refused(make_event):
    event = make_event(live=False)
    event.recurrence_until = event.start.date() + datetime.timedelta(days=30)
    assert "Choisissez comment" in refused(event, "recurrence_until")


def test_a_multi_day_event_may_not_repeat(make_event):
    event = make_event(live=False, hours=30)
    event.recurrence_frequency = "semaine"
    event.recurrence_until = event.start.date() + datetime.timedelta(days=60)
    assert "commence et finit le même jour" in refused(event, "recurrence_frequency")


def test_a_rule_with_too_many_dates_is_refused(make_event):
    event = make_event(live=False)
    event.recurrence_frequency = "jour"
    event.recurrence_until = event.start.date() + datetime.timedelta(days=3 * 365)
    assert "plus de 400 dates" in refused(event, "recurrence_until")


def test_a_programme_item_outside_the_event_is_refused(make_event):
    event = make_event(live=False, start=paris(2027, 6, 12, 10), end=paris(2027, 6, 12, 18))
    event.programme = [
        {"type": "item", "value": {"start": "2027-06-12T10:30:00+02:00", "title": "Ouverture"}},
        {"type": "item", "value": {"start": "2027-06-13T10:30:00+02:00", "title": "Démo"}},
    ]
    message = refused(event, "programme")
    assert "« Démo »" in message
    assert "en dehors des dates de l'événement" in message
    assert "Ouverture" not in message


def test_a_skipped_date_must_be_one_of_the_dates(make_event):
    event = make_event(
        live=False,
        start=paris(2027, 1, 5, 14),
        end=paris(2027, 1, 5, 16),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 2, 2),
    )
    event.exceptions = [{"type": "date", "value": {"date": "2027-01-20", "reason": ""}}]
    assert "n'est pas un jour de cet événement" in refused(event, "exceptions")
    event.recurrence_frequency = ""
    event.recurrence_until = None
    assert "seulement pour un événement qui se répète" in refused(event, "exceptions")


def test_registration_needs_its_link_or_its_places(make_event):
    event = make_event(live=False)
    event.registration = "lien"
    assert "lien" in refused(event, "registration_url")
    event.registration = "places-limitees"
    assert "nombre de places" in refused(event, "capacity")


# A resident's proposal


def test_a_draft_from_a_residents_plain_answers(agenda):
    event = draft_event(
        agenda,
        title="Vide-grenier de la rue des Lilas",
        start=in_days(20, 9),
        place="Rue des Lilas, devant la boulangerie",
        description="Chacun vend ce qu'il veut.\n\nVenez nombreux !",
        organiser="Les voisins de la rue des Lilas",
        free=False,
    )
    event.refresh_from_db()
    assert not event.live
    assert event.get_latest_revision() is not None
    assert event.place_name == "Rue des Lilas, devant la boulangerie"
    assert event.price_text == "Payant (prix à préciser)"
    assert event.organisers_by_role()[0][0]["name"] == "Les voisins de la rue des Lilas"
    assert "Venez nombreux" in str(event.body)
    assert not EventPage.objects.published().filter(pk=event.pk).exists()


def test_search_shows_the_next_date_then_the_last_one(make_event):
    weekly = make_event(
        start=in_days(-20),
        end=in_days(-20) + datetime.timedelta(hours=2),
        recurrence_frequency="semaine",
        recurrence_until=(in_days(30)).date(),
    )
    assert in_days(0) < weekly.search_date <= in_days(7)
    over = make_event(
        start=in_days(-30),
        end=in_days(-30) + datetime.timedelta(hours=2),
        recurrence_frequency="semaine",
        recurrence_until=(in_days(-10)).date(),
    )
    assert in_days(-17) <= over.search_date < in_days(-10)
    single = make_event(start=in_days(3), end=in_days(3) + datetime.timedelta(hours=1))
    assert single.search_date == single.start
