"""Dates as people give them, read into a period that sorts and filters by decade.

A memory is rarely dated to the day. People say "1967", "les années 60", "vers 1975",
"1958–1962", "au printemps 1981", "le 12 mars 1974" or "fin des années 70". `parse_period`
reads these into a `Period`: a first and a last day, its decades, a sort date (the
middle of the period, so that "années 1960" sorts after "1962" and before "1968"), and
its form in the Extended Date/Time Format (EDTF, Library of Congress), which archive
services read in Dublin Core `date`.

What cannot be read ("vers l'an dernier") raises `PeriodError`, whose message is for the
person who typed it, in French, with examples that work.

Rules worth knowing:
- "années 60" is the 1960s: two-digit decades are in the 1900s ("années 2000", "années 2010"
  are written with four digits).
- "vers 1975" is 1973 to 1977; "vers" before anything else only marks it as approximate.
- "début", "milieu", "fin des années 70": 1970–1973, 1974–1976, 1977–1979.
- "début 1975": January to April; "mi-1975": May to August; "fin 1975": September to December.
- Seasons: "printemps" is March to May, "été" June to August, "automne" September to
  November, "hiver 1981" January and February 1981.
"""

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

FIRST_YEAR = 1800
APPROXIMATE_YEARS = 2  # "vers 1975" is 1973–1977

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
# (first month, last month, EDTF season code)
SEASONS = {
    "printemps": (3, 5, 21),
    "ete": (6, 8, 22),
    "automne": (9, 11, 23),
    "hiver": (1, 2, 24),
}
# Part of a year: (first month, last month)
YEAR_PARTS = {"debut": (1, 4), "mi": (5, 8), "milieu": (5, 8), "fin": (9, 12)}
# Part of a decade: (first year, last year) within it
DECADE_PARTS = {"debut": (0, 3), "milieu": (4, 6), "fin": (7, 9)}
DECADE_WORDS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "soixante-dix": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
}
APPROXIMATE_WORDS = ("vers", "environ", "env", "autour de", "aux alentours de", "circa", "ca", "c")
# Words people put before a date that change nothing: "en 1967", "au printemps 1981"…
LEADING_WORDS = (
    "dans les",
    "pendant les",
    "durant les",
    "dans",
    "pendant",
    "durant",
    "en",
    "le",
    "la",
    "les",
    "l'",
    "au",
    "aux",
    "a l'",
    "a la",
    "a",
)

YEAR = r"(\d{4})"
DECADE = r"(\d{2}|\d{4}|[a-z-]+)"
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
RANGE_SEPARATOR = r"\s*(?:-|/|\ba\b|\bet\b|\bau\b)\s*"


class PeriodError(ValueError):
    """A date that cannot be read; its message is for the person who typed it."""


def examples_message(text):
    return _(
        "« %(text)s » : cette date n'est pas comprise. Écrivez par exemple : 1967, "
        "années 1960, vers 1975, 1958–1962, printemps 1981, mars 1974 ou 12 mars 1974."
    ) % {"text": text}


@dataclass(frozen=True)
class Period:
    """A period between two days (both included), as read from what people wrote."""

    start: datetime.date
    end: datetime.date
    edtf: str

    @property
    def decades(self):
        """The decades the period overlaps, e.g. [1950, 1960] for 1958–1962."""
        return list(range(self.start.year // 10 * 10, self.end.year // 10 * 10 + 1, 10))

    @property
    def sort_date(self):
        """The middle of the period: where it sits on a timeline."""
        return self.start + (self.end - self.start) / 2

    @property
    def sort_key(self):
        return (self.sort_date, self.start, self.end)


def normalize(text):
    """Lowercase, without accents, one kind of dash and apostrophe, single spaces."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[‐‑‒–—―−]", "-", text)
    text = re.sub(r"[’ʼ‘`]", "'", text)
    text = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "-", text)
    text = re.sub(r"\b(ca|c|env)\.\s*", r"\1 ", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;")
    text = re.sub(r"\bmi\s*-\s*", "mi ", text)
    text = re.sub(r"\b1er\b", "1", text)
    return text


def strip_leading_words(text):
    changed = True
    while changed:
        changed = False
        for word in LEADING_WORDS:
            separator = "" if word.endswith("'") else " "
            if text.startswith(word + separator) and len(text) > len(word) + 1:
                text = text[len(word) + len(separator) :].lstrip()
                changed = True
                break
    return text


def last_day(year, month):
    return calendar.monthrange(year, month)[1]


def months(year, first, last, edtf):
    return Period(
        datetime.date(year, first, 1), datetime.date(year, last, last_day(year, last)), edtf
    )


def years(first, last, edtf=None):
    if edtf is None:
        edtf = str(first) if first == last else f"{first}/{last}"
    return Period(datetime.date(first, 1, 1), datetime.date(last, 12, 31), edtf)


def decade_start(value, text):
    """The first year of a decade written "60", "1960" or "soixante"."""
    if value in DECADE_WORDS:
        return 1900 + DECADE_WORDS[value]
    if not value.isdigit():
        raise PeriodError(examples_message(text))
    number = int(value)
    year = 1900 + number if len(value) == 2 else number
    if year % 10:
        raise PeriodError(
            _("« %(text)s » : une décennie commence par une année en 0, par exemple années 1960.")
            % {"text": text}
        )
    return year


def exact_day(year, month, day, text):
    try:
        date = datetime.date(year, month, day)
    except ValueError as error:
        raise PeriodError(_("« %(text)s » : ce jour n'existe pas.") % {"text": text}) from error
    return Period(date, date, date.isoformat())


def read_plain(text, original):
    """A period without "vers": a day, a month, a season, a year, years, a decade."""
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(part) for part in match.groups())
        return exact_day(year, month, day, original)
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        day, month, year = (int(part) for part in match.groups())
        return exact_day(year, month, day, original)
    if match := re.fullmatch(r"(\d{1,2})/(\d{4})", text):
        month, year = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise PeriodError(examples_message(original))
        return months(year, month, month, f"{year}-{month:02d}")
    if match := re.fullmatch(rf"(\d{{1,2}}) ({MONTH_NAMES})\.? {YEAR}", text):
        return exact_day(int(match[3]), MONTHS[match[2]], int(match[1]), original)
    if match := re.fullmatch(rf"({MONTH_NAMES})\.? (?:de |d')?{YEAR}", text):
        year, month = int(match[2]), MONTHS[match[1]]
        return months(year, month, month, f"{year}-{month:02d}")
    if match := re.fullmatch(rf"({'|'.join(SEASONS)}) (?:de |d')?{YEAR}", text):
        first, last, code = SEASONS[match[1]]
        year = int(match[2])
        return months(year, first, last, f"{year}-{code}")
    if match := re.fullmatch(rf"({'|'.join(YEAR_PARTS)}) (?:de |d')?{YEAR}", text):
        first, last = YEAR_PARTS[match[1]]
        year = int(match[2])
        return months(year, first, last, f"{year}-{first:02d}/{year}-{last:02d}")
    if re.fullmatch(YEAR, text):
        return years(int(text), int(text))
    if match := re.fullmatch(rf"{YEAR}{RANGE_SEPARATOR}(\d{{4}}|\d{{2}})", text):
        first = int(match[1])
        last = int(match[2]) if len(match[2]) == 4 else first // 100 * 100 + int(match[2])
        if last < first:
            raise PeriodError(
                _("« %(text)s » : la deuxième année doit venir après la première.")
                % {"text": original}
            )
        return years(first, last)
    if match := re.fullmatch(rf"(?:de |entre ){YEAR}{RANGE_SEPARATOR}{YEAR}", text):
        return read_plain(f"{match[1]}-{match[2]}", original)
    if match := re.fullmatch(rf"(debut|milieu|fin) des annees {DECADE}", text):
        decade = decade_start(match[2], original)
        first, last = DECADE_PARTS[match[1]]
        return years(decade + first, decade + last)
    if match := re.fullmatch(rf"annees? {DECADE}", text):
        decade = decade_start(match[1], original)
        return years(decade, decade + 9, f"{decade // 10}X")
    if match := re.fullmatch(rf"annees? {DECADE}{RANGE_SEPARATOR}{DECADE}", text):
        first, last = decade_start(match[1], original), decade_start(match[2], original)
        if last < first:
            raise PeriodError(
                _("« %(text)s » : la deuxième décennie doit venir après la première.")
                % {"text": original}
            )
        return years(first, last + 9)
    raise PeriodError(examples_message(original))


def approximate(period):
    """ "vers 1975": a year widens to 1973–1977; anything else is marked as approximate."""
    if re.fullmatch(r"\d{4}", period.edtf):
        year = int(period.edtf)
        return years(year - APPROXIMATE_YEARS, year + APPROXIMATE_YEARS, f"{year}~")
    edtf = "/".join(f"{part}~" for part in period.edtf.split("/"))
    return Period(period.start, period.end, edtf)


def read(text, original):
    text = strip_leading_words(text)
    for word in APPROXIMATE_WORDS:
        if text.startswith(word + " "):
            return approximate(read(text[len(word) + 1 :], original))
    if text.startswith("~"):
        return approximate(read(text[1:].strip(), original))
    if match := re.fullmatch(r"(.+?) ?(?:environ|\?)", text):
        return approximate(read(match[1], original))
    return read_plain(text, original)


def parse_period(text, today=None):
    """The period `text` gives; raises PeriodError (with a French message) if unreadable."""
    original = " ".join((text or "").split())
    if not original:
        raise PeriodError(examples_message(original))
    period = read(normalize(original), original)
    today = today or timezone.localdate()
    if period.start.year < FIRST_YEAR:
        raise PeriodError(
            _("« %(text)s » : les dates commencent en %(year)s.")
            % {"text": original, "year": FIRST_YEAR}
        )
    if period.start > today:
        raise PeriodError(
            _("« %(text)s » : cette date est dans le futur. Un souvenir est dans le passé.")
            % {"text": original}
        )
    if period.end > today:
        period = Period(period.start, today, period.edtf)
    return period


def decade_label(decade):
    return _("années %(decade)s") % {"decade": decade}
