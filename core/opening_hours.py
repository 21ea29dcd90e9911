"""Opening hours in OpenStreetMap's `opening_hours` syntax, read for residents.

One format for every place of the portal (the quartier's digital space, the directory's
actors): `Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off`, as national open data
(LaMednum, data·inclusion) and OpenStreetMap write it.

- Parsing and evaluation: `opening-hours-py`, a maintained parser of the full syntax.
- French public holidays (`PH`): `holidays`, a maintained calendar (Alsace-Moselle and
  overseas departments included, through the departement code). The parser is given no
  country: before evaluating a day, `PH` is replaced by the weekdays of that day and of
  the day before when they are holidays (a two-day window holds each weekday once, so
  the rules keep their order and meaning, and hours past midnight stay right).
- Time: Europe/Paris, summer time included; what visitors read is in French
  ("Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h").
"""

import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from opening_hours import OpeningHours, State

PARIS = ZoneInfo("Europe/Paris")
EXAMPLE = "Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off"
MAX_LENGTH = 255
#: How far "Fermé · ouvre …" looks for the next opening.
LOOKAHEAD_DAYS = 31
OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
SCHEMA_DAYS = tuple(
    f"https://schema.org/{day}"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
DAY_NAMES = (
    gettext_lazy("lundi"),
    gettext_lazy("mardi"),
    gettext_lazy("mercredi"),
    gettext_lazy("jeudi"),
    gettext_lazy("vendredi"),
    gettext_lazy("samedi"),
    gettext_lazy("dimanche"),
)
FRANCE_SUBDIVISIONS = frozenset(holidays.France.subdivisions)
# A comment ("…") is left alone; PH and SH outside comments are tokens.
TOKEN_RE = re.compile(r'"[^"]*"|\b(?:PH|SH)\b')
POSITION_RE = re.compile(r"-->\s*(\d+):(\d+)")

HELP_TEXT = format_lazy(
    "{} {} {}",
    format_lazy(gettext_lazy("Au format OpenStreetMap, par exemple : {example}."), example=EXAMPLE),
    gettext_lazy(
        "Mo lundi, Tu mardi, We mercredi, Th jeudi, Fr vendredi, Sa samedi, Su dimanche ; "
        "« ; » sépare les jours, « , » les créneaux d'un même jour."
    ),
    gettext_lazy("« PH off » : fermé les jours fériés."),
)


# Parsing and validation ---------------------------------------------------------------


def _tokens(expression):
    return {match for match in TOKEN_RE.findall(expression) if not match.startswith('"')}


def _rewrite(expression, weekdays):
    """`expression` with PH standing for `weekdays` (the holidays of the evaluated days)."""
    if not weekdays:
        return expression
    days = ",".join(OSM_DAYS[day] for day in sorted(weekdays))
    return TOKEN_RE.sub(
        lambda match: days if match.group(0) == "PH" else match.group(0), expression
    )


@lru_cache(maxsize=4096)
def _parse(expression):
    """The parsed expression, evaluated in Paris time, with no holiday calendar of its own."""
    return OpeningHours(expression, timezone=PARIS, auto_country=False, auto_timezone=False)


def error_position(message):
    """The column where the parser stopped, from its message (`--> 1:12`), or None."""
    match = POSITION_RE.search(message)
    return int(match.group(2)) if match else None


def opening_hours_errors(expression):
    """What is wrong with `expression`, in French, for the person who typed it ([] if fine)."""
    return list(_errors(expression.strip(), get_language()))


@lru_cache(maxsize=4096)
def _errors(expression, language):
    return tuple(_find_errors(expression))


def _find_errors(expression):
    if not expression:
        return []
    if len(expression) > MAX_LENGTH:
        return [
            _("Ces horaires sont trop longs (%(max)s caractères au plus).") % {"max": MAX_LENGTH}
        ]
    try:
        _parse(expression)
    except Exception as error:  # the parser raises its own ParserError (a SyntaxError)
        position = error_position(str(error))
        if position is None or position <= 1:
            where = _("Le problème est dès le début.")
        else:
            where = _(
                "Le problème commence au caractère %(position)s, juste après « %(before)s »."
            ) % {
                "position": position,
                "before": expression[: position - 1][-30:],
            }
        return [
            _("Ces horaires ne sont pas écrits comme il faut.")
            + " "
            + where
            + " "
            + _("Exemple d'horaires bien écrits : %(example)s") % {"example": EXAMPLE}
        ]
    tokens = _tokens(expression)
    if "SH" in tokens:
        return [
            _(
                "Les vacances scolaires (SH) ne sont pas prises en compte. Écrivez les dates, "
                "par exemple « Jul 14-Aug 20 off »."
            )
        ]
    if "PH" in tokens:
        try:
            _parse(_rewrite(expression, (0,)))
        except Exception:
            return [
                _(
                    "Écrivez les jours fériés « PH » seuls, comme un jour de la semaine, "
                    "par exemple « PH off » ou « PH 10:00-12:00 »."
                )
            ]
    return []


def validate_opening_hours(value):
    errors = opening_hours_errors(value or "")
    if errors:
        raise ValidationError(errors, code="invalid_opening_hours")


def is_valid(expression):
    return bool(expression and expression.strip()) and not opening_hours_errors(expression)


class OpeningHoursFormField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"spellcheck": "false"}))
        super().__init__(**kwargs)


class OpeningHoursField(models.CharField):
    """Opening hours in OpenStreetMap syntax, refused with the error's position if wrong."""

    description = "Opening hours (OpenStreetMap syntax)"
    default_validators = [validate_opening_hours]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_LENGTH)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("help_text", HELP_TEXT)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": OpeningHoursFormField, **kwargs})


# Holidays -----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _holidays(subdiv, year):
    return holidays.country_holidays("FR", subdiv=subdiv, years=year, language="fr")


@lru_cache(maxsize=8192)
def holiday_name(day, subdiv=None):
    """The name of the French public holiday on `day` ("Fête du Travail"), or ""."""
    subdiv = subdiv if subdiv in FRANCE_SUBDIVISIONS else None
    return _holidays(subdiv, day.year).get(day, "")


def holidays_between(first, last, subdiv=None):
    """(date, name) of the public holidays from `first` to `last`, inclusive."""
    subdiv = subdiv if subdiv in FRANCE_SUBDIVISIONS else None
    found = []
    for year in range(first.year, last.year + 1):
        found.extend(
            (day, name) for day, name in _holidays(subdiv, year).items() if first <= day <= last
        )
    return sorted(found)


# Reading the hours --------------------------------------------------------------------


def midnight(day):
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=PARIS)


def format_time(moment, end=False):
    """French clock time: "9 h", "13 h 30"; an end at midnight is "minuit"."""
    if end and moment.hour == 0 and moment.minute == 0:
        return _("minuit")
    if moment.minute:
        return _("%(hour)s h %(minute)02d") % {"hour": moment.hour, "minute": moment.minute}
    return _("%(hour)s h") % {"hour": moment.hour}


def _schema_time(moment, end=False):
    if end and moment.hour == 0 and moment.minute == 0:
        return "23:59"
    return f"{moment:%H:%M}"


@dataclass(frozen=True)
class Slot:
    """A stretch of time with one state: open, or open by the rules "unknown" (to check)."""

    start: datetime.datetime
    end: datetime.datetime
    state: str  # "open" or "unknown"
    comment: str = ""

    @property
    def label(self):
        text = _("%(start)s – %(end)s") % {
            "start": format_time(self.start),
            "end": format_time(self.end, end=True),
        }
        if self.state == "unknown":
            text = _("%(hours)s (à confirmer)") % {"hours": text}
        if self.comment:
            text = f"{text} ({self.comment})"
        return text

    @property
    def whole_day(self):
        return (
            self.start.time() == datetime.time(0)
            and self.end.time() == datetime.time(0)
            and self.end.date() > self.start.date()
        )


@dataclass
class Day:
    date: datetime.date
    slots: list = field(default_factory=list)
    is_today: bool = False
    holiday: str = ""

    @property
    def name(self):
        return str(DAY_NAMES[self.date.weekday()])

    @property
    def closed(self):
        return not self.slots

    @property
    def hours(self):
        """The day's hours in words: "9 h – 12 h, 13 h 30 – 17 h", "Fermé"…"""
        if not self.slots:
            return _("Fermé")
        if len(self.slots) == 1 and self.slots[0].whole_day:
            return _("Ouvert toute la journée")
        return ", ".join(slot.label for slot in self.slots)


@dataclass(frozen=True)
class Status:
    """Whether a place is open now, and when that changes, in one short French line."""

    state: str  # "open", "closed", "unknown" or "none" (no hours given)
    label: str
    changes_at: datetime.datetime | None = None
    holiday: str = ""
    comment: str = ""

    @property
    def is_open(self):
        return self.state == "open"


def _state_name(state):
    return {State.OPEN: "open", State.UNKNOWN: "unknown"}.get(state, "closed")


class Schedule:
    """The opening hours of one place: its week, whether it is open now, schema.org data.

    `subdiv` is a departement code ("57", "971"…): its own public holidays count too.
    An empty or broken expression gives an empty schedule (`bool(schedule)` is False).
    """

    def __init__(self, expression, subdiv=None):
        self.expression = (expression or "").strip()
        self.subdiv = subdiv if subdiv in FRANCE_SUBDIVISIONS else None
        self.valid = is_valid(self.expression)
        self.mentions_holidays = self.valid and "PH" in _tokens(self.expression)

    def __bool__(self):
        return self.valid

    def __str__(self):
        return self.expression

    # Evaluation, one day at a time (holidays are per day).

    def _holiday_weekdays(self, day):
        if not self.mentions_holidays:
            return ()
        days = (day - datetime.timedelta(days=1), day)
        return tuple(d.weekday() for d in days if holiday_name(d, self.subdiv))

    def _day_intervals(self, day, holidays_count=True):
        """(start, end, state, comment) from `day` 00:00 to the next midnight."""
        weekdays = self._holiday_weekdays(day) if holidays_count else ()
        parsed = _parse(_rewrite(self.expression, weekdays))
        return list(parsed.intervals(midnight(day), midnight(day + datetime.timedelta(days=1))))

    def _open_slots(self, day, holidays_count=True):
        return [
            Slot(start, end, _state_name(state), comment)
            for start, end, state, comment in self._day_intervals(day, holidays_count)
            if state != State.CLOSED
        ]

    def _timeline(self, moment, days):
        """Intervals of one state from `moment` on, merged across midnights."""
        current = None
        for offset in range(days + 1):
            day = moment.date() + datetime.timedelta(days=offset)
            for start, end, state, comment in self._day_intervals(day):
                if end <= moment:
                    continue
                start = max(start, moment)
                name = _state_name(state)
                if current and current[2] == name and current[3] == comment:
                    current = (current[0], end, name, comment)
                    continue
                if current:
                    yield current
                current = (start, end, name, comment)
        if current:
            yield current

    def state_at(self, moment):
        """ "open", "closed" or "unknown" at an aware `moment`."""
        if not self.valid:
            return "none"
        moment = moment.astimezone(PARIS)
        for start, end, state, _comment in self._day_intervals(moment.date()):
            if start <= moment < end:
                return _state_name(state)
        return "closed"

    def is_open(self, moment=None):
        return self.state_at(moment or timezone.now()) == "open"

    def status(self, now=None):
        """Open or closed now, and until when: "Ouvert · ferme à 17 h".

        Without `now`, the answer of this minute, shared by the places with the same hours
        (a directory of many places asks once per set of hours)."""
        if not self.valid:
            return Status("none", "")
        if now is None:
            minute = timezone.now().replace(second=0, microsecond=0)
            return _status_this_minute(self.expression, self.subdiv, minute, get_language())
        return self._status(now)

    def _status(self, now):
        now = now.astimezone(PARIS)
        holiday = holiday_name(now.date(), self.subdiv)
        timeline = self._timeline(now, LOOKAHEAD_DAYS)
        _start, end, state, comment = next(timeline)
        horizon = midnight(now.date() + datetime.timedelta(days=LOOKAHEAD_DAYS + 1))
        changes_at = end if end < horizon else None
        if state == "open":
            if changes_at is None:
                label = _("Ouvert 24 h sur 24")
            else:
                label = _("Ouvert · ferme %(when)s") % {"when": self._when(now, changes_at, True)}
        elif state == "unknown":
            label = _("Horaires à confirmer")
        else:
            opening = next((item for item in timeline if item[2] == "open"), None)
            if opening is None:
                label = _("Fermé")
                changes_at = None
            else:
                changes_at = opening[0]
                label = _("Fermé · ouvre %(when)s") % {"when": self._when(now, changes_at)}
        if comment:
            label = f"{label} · {comment}"
        return Status(state, label, changes_at, holiday, comment)

    @staticmethod
    def _when(now, moment, end=False):
        """ "à 17 h", "demain à 9 h", "lundi à 9 h", "le 2 septembre à 9 h"."""
        time = format_time(moment, end=end)
        days = (moment.date() - now.date()).days
        if end and moment.time() == datetime.time(0):
            days -= 1  # closing at midnight closes that day
        if days <= 0:
            return _("à %(time)s") % {"time": time}
        if days == 1:
            return _("demain à %(time)s") % {"time": time}
        if days < 7:
            return _("%(day)s à %(time)s") % {"day": DAY_NAMES[moment.weekday()], "time": time}
        return _("le %(date)s à %(time)s") % {"date": date_format(moment, "j F"), "time": time}

    # The week, for people.

    def _days(self, first, count, holidays_count, today=None):
        days = []
        # One day more on each side, for hours past midnight (shown on the day they start).
        for offset in range(-1, count + 1):
            day = first + datetime.timedelta(days=offset)
            days.append(
                Day(
                    day,
                    self._open_slots(day, holidays_count),
                    is_today=day == today,
                    holiday=holiday_name(day, self.subdiv) if holidays_count else "",
                )
            )
        _join_midnights(days)
        return days[1 : count + 1]

    def week(self, today=None):
        """This week, Monday to Sunday, with its public holidays and today marked."""
        if not self.valid:
            return []
        today = today or timezone.localdate()
        monday = today - datetime.timedelta(days=today.weekday())
        return self._days(monday, 7, True, today)

    def regular_week(self, today=None):
        """A week of this season without public holidays, Monday to Sunday."""
        if not self.valid:
            return []
        today = today or timezone.localdate()
        monday = today - datetime.timedelta(days=today.weekday())
        return self._days(monday, 7, False)

    def summary(self, today=None, closed_days=True):
        """Lines grouping days with the same hours: "Du lundi au vendredi : 9 h – 12 h".

        Without `closed_days`, the days when the place is closed are left out (a short
        summary for a printed list)."""
        if not self.valid:
            return []
        today = today or timezone.localdate()
        monday = today - datetime.timedelta(days=today.weekday())
        return list(
            _summary_lines(self.expression, self.subdiv, monday, closed_days, get_language())
        )

    def _summary(self, today, closed_days):
        lines = []
        week = self.regular_week(today)
        index = 0
        while index < len(week):
            last = index
            while last + 1 < len(week) and week[last + 1].hours == week[index].hours:
                last += 1
            if last == index:
                days = week[index].name.capitalize()
            elif last == index + 1:
                days = _("%(first)s et %(last)s") % {
                    "first": week[index].name.capitalize(),
                    "last": week[last].name,
                }
            else:
                days = _("Du %(first)s au %(last)s") % {
                    "first": week[index].name,
                    "last": week[last].name,
                }
            if closed_days or not week[index].closed:
                lines.append(_("%(days)s : %(hours)s") % {"days": days, "hours": week[index].hours})
            index = last + 1
        rule = self.holiday_rule(today)
        if rule:
            lines.append(rule)
        return lines

    def summary_short(self):
        """The summary without the closed days, for a printed list."""
        return self.summary(closed_days=False)

    def holiday_rule(self, today=None):
        """What happens on public holidays, in one sentence, when the hours say it."""
        if not self.mentions_holidays:
            return ""
        today = today or timezone.localdate()
        monday = today - datetime.timedelta(days=today.weekday())
        hours = set()
        for offset in range(7):
            day = monday + datetime.timedelta(days=offset)
            parsed = _parse(_rewrite(self.expression, (day.weekday(),)))
            intervals = parsed.intervals(midnight(day), midnight(day + datetime.timedelta(days=1)))
            slots = [
                Slot(s, e, _state_name(st), c) for s, e, st, c in intervals if st != State.CLOSED
            ]
            hours.add(Day(day, slots).hours if slots else "")
        if hours == {""}:
            return _("Fermé les jours fériés.")
        if len(hours) == 1:
            return _("Les jours fériés : %(hours)s.") % {"hours": hours.pop()}
        return _("Les jours fériés, les horaires changent.")

    # schema.org

    def opening_hours_specification(self, today=None, horizon_days=366):
        """schema.org OpeningHoursSpecification: the regular week, then the public
        holidays of the coming year whose hours differ (closed: 00:00–00:00)."""
        if not self.valid:
            return []
        today = today or timezone.localdate()
        by_hours = {}
        for day in self.regular_week(today):
            for slot in day.slots:
                if slot.state != "open":
                    continue
                key = (_schema_time(slot.start), _schema_time(slot.end, end=True))
                by_hours.setdefault(key, []).append(SCHEMA_DAYS[day.date.weekday()])
        specification = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days,
                "opens": opens,
                "closes": closes,
            }
            for (opens, closes), days in by_hours.items()
        ]
        if not self.mentions_holidays:
            return specification
        last = today + datetime.timedelta(days=horizon_days)
        for day, _name in holidays_between(today, last, self.subdiv):
            regular = [s.label for s in self._open_slots(day, holidays_count=False)]
            actual = self._open_slots(day)
            if [s.label for s in actual] == regular:
                continue
            dated = {"validFrom": day.isoformat(), "validThrough": day.isoformat()}
            if not actual:
                specification.append(
                    {"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00"}
                    | dated
                )
            for slot in actual:
                specification.append(
                    {
                        "@type": "OpeningHoursSpecification",
                        "opens": _schema_time(slot.start),
                        "closes": _schema_time(slot.end, end=True),
                    }
                    | dated
                )
        return specification


@lru_cache(maxsize=4096)
def _summary_lines(expression, subdiv, monday, closed_days, language):
    return tuple(Schedule(expression, subdiv)._summary(monday, closed_days))


@lru_cache(maxsize=4096)
def _status_this_minute(expression, subdiv, minute, language):
    return Schedule(expression, subdiv)._status(minute)


def _join_midnights(days):
    """Hours past midnight shown on the day they start: "22 h – 2 h", not two slots."""
    for day, following in itertools.pairwise(days):
        if not day.slots or not following.slots:
            continue
        last, first = day.slots[-1], following.slots[0]
        ends_at_midnight = last.end == midnight(following.date)
        if (
            ends_at_midnight
            and last.start.time() != datetime.time(0)
            and first.start == midnight(following.date)
            and first.end.date() == following.date
            and (last.state, last.comment) == (first.state, first.comment)
        ):
            day.slots[-1] = Slot(last.start, first.end, last.state, last.comment)
            following.slots.pop(0)
