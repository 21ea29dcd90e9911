"""Dates and times said the French way, in Paris time: « samedi 1er juin 2026, de 14 h à 18 h »."""

import datetime

from django.utils import dateformat
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .recurrence import DAY, local

NBSP = "\u00a0"


def time_label(moment):
    """« 14 h », « 14 h 30 », with no-break spaces: a time is never cut across two lines."""
    moment = local(moment)
    if moment.minute:
        label = _("%(hour)s h %(minute)02d") % {"hour": moment.hour, "minute": moment.minute}
    else:
        label = _("%(hour)s h") % {"hour": moment.hour}
    return label.replace(" ", NBSP)


def day_number(day):
    return pgettext("first day of the month", "1er") if day.day == 1 else str(day.day)


def date_label(day, weekday=True, year=True):
    """« samedi 1er juin 2026 », or shorter without the weekday or the year."""
    if isinstance(day, datetime.datetime):
        day = local(day).date()
    parts = []
    if weekday:
        parts.append(dateformat.format(day, "l"))
    parts += [day_number(day), dateformat.format(day, "F")]
    if year:
        parts.append(str(day.year))
    return " ".join(parts)


def when_label(start, end=None, all_day=False, weekday=True, year=True):
    """When an event (or one of its dates) happens, in one phrase.

    `end` is the real end, or None when the event has none. For an all-day event, `end`
    is any moment of its last day.
    """
    first_day = local(start).date()
    last_day = local(end).date() if end else first_day
    if all_day:
        if last_day <= first_day:
            return _("%(date)s, toute la journée") % {"date": date_label(first_day, weekday, year)}
        return _("du %(first)s au %(last)s") % {
            "first": date_label(first_day, weekday, year and first_day.year != last_day.year),
            "last": date_label(last_day, weekday, year),
        }
    if end is None:
        return _("%(date)s à %(time)s") % {
            "date": date_label(first_day, weekday, year),
            "time": time_label(start),
        }
    if first_day == last_day:
        return _("%(date)s, de %(start)s à %(end)s") % {
            "date": date_label(first_day, weekday, year),
            "start": time_label(start),
            "end": time_label(end),
        }
    if last_day == first_day + DAY and local(end).hour < 8:
        # An evening that ends after midnight: one evening, not two days.
        return _("%(date)s, de %(start)s à %(end)s (le lendemain)") % {
            "date": date_label(first_day, weekday, year),
            "start": time_label(start),
            "end": time_label(end),
        }
    return _("du %(first)s à %(start)s au %(last)s à %(end)s") % {
        "first": date_label(first_day, weekday, year and first_day.year != last_day.year),
        "start": time_label(start),
        "last": date_label(last_day, weekday, year),
        "end": time_label(end),
    }


def hours_label(start, end=None, all_day=False):
    """Only the hours of a date: « 14 h – 18 h », « 14 h », « toute la journée »."""
    if all_day:
        return _("toute la journée")
    if end is None:
        return time_label(start)
    return _("%(start)s – %(end)s") % {"start": time_label(start), "end": time_label(end)}
