"""Dates in Europe/Paris and repeating events (a weekly workshop, a monthly meetup).

A repeating event keeps its wall-clock time in Paris across the daylight-saving change:
the rule is expanded on naive local times, each date then placed in Europe/Paris. The
same rule is exported as an iCalendar RRULE, its exceptions as EXDATE.
"""

import datetime
from zoneinfo import ZoneInfo

from dateutil import rrule

from .choices import Frequency

PARIS = ZoneInfo("Europe/Paris")
#: Beyond this many dates, a rule is refused (a typo in "until" would fill the agenda).
MAX_OCCURRENCES = 400
DAY = datetime.timedelta(days=1)
WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = {
    Frequency.DAILY: rrule.DAILY,
    Frequency.WEEKLY: rrule.WEEKLY,
    Frequency.MONTHLY: rrule.MONTHLY,
}
ICAL_FREQUENCIES = {
    Frequency.DAILY: "DAILY",
    Frequency.WEEKLY: "WEEKLY",
    Frequency.MONTHLY: "MONTHLY",
}


def local(moment):
    """An aware datetime as Paris wall-clock time (aware, in Europe/Paris)."""
    return moment.astimezone(PARIS)


def naive_local(moment):
    return local(moment).replace(tzinfo=None)


def in_paris(naive):
    """A Paris wall-clock time as an aware datetime."""
    return naive.replace(tzinfo=PARIS)


def midnight(day):
    """The start of a day in Paris."""
    return in_paris(datetime.datetime.combine(day, datetime.time()))


def week_of_month(day):
    """Which weekday of its month `day` is: 1 to 4, or -1 for the last one (5th)."""
    number = (day.day - 1) // 7 + 1
    return -1 if number == 5 else number


def _rule(start, frequency, interval, until):
    first = naive_local(start)
    options = {
        "dtstart": first,
        "interval": max(1, interval or 1),
        "until": datetime.datetime.combine(until, datetime.time.max),
    }
    if frequency == Frequency.MONTHLY:
        options["byweekday"] = WEEKDAYS[first.weekday()](week_of_month(first.date()))
    return rrule.rrule(FREQUENCIES[frequency], **options)


def rule_starts(start, frequency, interval, until, limit=MAX_OCCURRENCES + 1):
    """The starts the rule makes (exceptions not removed), at most `limit` of them."""
    if not frequency or until is None:
        return [start]
    starts = []
    for naive in _rule(start, frequency, interval, until):
        starts.append(in_paris(naive))
        if len(starts) >= limit:
            break
    return starts


def ical_rule(start, frequency, interval, until, all_day=False):
    """The RRULE of the rule, as a dict for `icalendar` (UNTIL in UTC, or a date)."""
    rule = {"FREQ": ICAL_FREQUENCIES[frequency]}
    if (interval or 1) > 1:
        rule["INTERVAL"] = interval
    if frequency == Frequency.MONTHLY:
        first = local(start)
        rule["BYDAY"] = f"{week_of_month(first.date())}{ICAL_WEEKDAYS[first.weekday()]}"
    if all_day:
        rule["UNTIL"] = until
    else:
        # RFC 5545: with a DTSTART in a time zone, UNTIL is in UTC.
        last_moment = in_paris(datetime.datetime.combine(until, datetime.time(23, 59, 59)))
        rule["UNTIL"] = last_moment.astimezone(datetime.UTC)
    return rule
