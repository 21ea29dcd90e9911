"""Dates as people give them: a table of inputs, their period, decades and sort order."""

import datetime

import pytest

from memoire.periods import PeriodError, parse_period

D = datetime.date
TODAY = D(2026, 6, 1)

# text → (first day, last day, decades, EDTF)
READABLE = [
    ("1967", D(1967, 1, 1), D(1967, 12, 31), [1960], "1967"),
    ("en 1967", D(1967, 1, 1), D(1967, 12, 31), [1960], "1967"),
    ("années 1960", D(1960, 1, 1), D(1969, 12, 31), [1960], "196X"),
    ("les années 60", D(1960, 1, 1), D(1969, 12, 31), [1960], "196X"),
    ("Années soixante", D(1960, 1, 1), D(1969, 12, 31), [1960], "196X"),
    ("années soixante-dix", D(1970, 1, 1), D(1979, 12, 31), [1970], "197X"),
    ("années 2000", D(2000, 1, 1), D(2009, 12, 31), [2000], "200X"),
    ("années 50-60", D(1950, 1, 1), D(1969, 12, 31), [1950, 1960], "1950/1969"),
    ("années 1950 et 1960", D(1950, 1, 1), D(1969, 12, 31), [1950, 1960], "1950/1969"),
    ("vers 1975", D(1973, 1, 1), D(1977, 12, 31), [1970], "1975~"),
    ("vers 1969", D(1967, 1, 1), D(1971, 12, 31), [1960, 1970], "1969~"),
    ("environ 1975", D(1973, 1, 1), D(1977, 12, 31), [1970], "1975~"),
    ("1975 ?", D(1973, 1, 1), D(1977, 12, 31), [1970], "1975~"),
    ("ca. 1975", D(1973, 1, 1), D(1977, 12, 31), [1970], "1975~"),
    ("vers les années 60", D(1960, 1, 1), D(1969, 12, 31), [1960], "196X~"),
    ("1958–1962", D(1958, 1, 1), D(1962, 12, 31), [1950, 1960], "1958/1962"),
    ("1958-1962", D(1958, 1, 1), D(1962, 12, 31), [1950, 1960], "1958/1962"),
    ("1958 - 62", D(1958, 1, 1), D(1962, 12, 31), [1950, 1960], "1958/1962"),
    ("de 1958 à 1962", D(1958, 1, 1), D(1962, 12, 31), [1950, 1960], "1958/1962"),
    ("entre 1958 et 1962", D(1958, 1, 1), D(1962, 12, 31), [1950, 1960], "1958/1962"),
    ("printemps 1981", D(1981, 3, 1), D(1981, 5, 31), [1980], "1981-21"),
    ("au printemps 1981", D(1981, 3, 1), D(1981, 5, 31), [1980], "1981-21"),
    ("l’été 1981", D(1981, 6, 1), D(1981, 8, 31), [1980], "1981-22"),
    ("automne 1981", D(1981, 9, 1), D(1981, 11, 30), [1980], "1981-23"),
    ("hiver 1956", D(1956, 1, 1), D(1956, 2, 29), [1950], "1956-24"),
    ("12 mars 1974", D(1974, 3, 12), D(1974, 3, 12), [1970], "1974-03-12"),
    ("le 1er mai 1968", D(1968, 5, 1), D(1968, 5, 1), [1960], "1968-05-01"),
    ("12/03/1974", D(1974, 3, 12), D(1974, 3, 12), [1970], "1974-03-12"),
    ("1974-03-12", D(1974, 3, 12), D(1974, 3, 12), [1970], "1974-03-12"),
    ("mars 1974", D(1974, 3, 1), D(1974, 3, 31), [1970], "1974-03"),
    ("Février 1956", D(1956, 2, 1), D(1956, 2, 29), [1950], "1956-02"),
    ("03/1974", D(1974, 3, 1), D(1974, 3, 31), [1970], "1974-03"),
    ("début 1975", D(1975, 1, 1), D(1975, 4, 30), [1970], "1975-01/1975-04"),
    ("mi-1975", D(1975, 5, 1), D(1975, 8, 31), [1970], "1975-05/1975-08"),
    ("fin 1975", D(1975, 9, 1), D(1975, 12, 31), [1970], "1975-09/1975-12"),
    ("fin des années 70", D(1977, 1, 1), D(1979, 12, 31), [1970], "1977/1979"),
    ("au début des années 1980", D(1980, 1, 1), D(1983, 12, 31), [1980], "1980/1983"),
    ("milieu des années 60", D(1964, 1, 1), D(1966, 12, 31), [1960], "1964/1966"),
]

UNREADABLE = [
    "vers l'an dernier",
    "après-guerre",
    "hier",
    "1967 ou 1968 peut-être",
    "le 3",
    "été 81",
    "",
]
# Readable words, impossible dates: each has its own message.
IMPOSSIBLE = [
    ("31 février 1974", "ce jour n'existe pas"),
    ("années 1965", "une décennie commence par une année en 0"),
    ("1962–1958", "la deuxième année doit venir après la première"),
    ("2099", "cette date est dans le futur"),
    ("1750", "les dates commencent en 1800"),
]


@pytest.mark.parametrize(("text", "start", "end", "decades", "edtf"), READABLE)
def test_readable_dates(text, start, end, decades, edtf):
    period = parse_period(text, today=TODAY)
    assert (period.start, period.end, period.decades, period.edtf) == (start, end, decades, edtf)
    assert period.start <= period.sort_date <= period.end


@pytest.mark.parametrize("text", UNREADABLE)
def test_unreadable_dates_are_refused_with_examples(text):
    with pytest.raises(PeriodError) as error:
        parse_period(text, today=TODAY)
    message = str(error.value)
    assert "cette date n'est pas comprise" in message
    for example in ("1967", "années 1960", "vers 1975", "1958–1962", "printemps 1981"):
        assert example in message


@pytest.mark.parametrize(("text", "reason"), IMPOSSIBLE)
def test_impossible_dates_say_why(text, reason):
    with pytest.raises(PeriodError, match=reason):
        parse_period(text, today=TODAY)


def test_a_period_ending_after_today_stops_today():
    period = parse_period("années 2020", today=TODAY)
    assert period.end == TODAY
    assert period.decades == [2020]


def test_periods_sort_by_their_middle():
    texts = ["2011", "années 1960", "vers 1952", "1962", "fin des années 70", "1958–1962", "1968"]
    ordered = sorted(texts, key=lambda text: parse_period(text, today=TODAY).sort_key)
    assert ordered == [
        "vers 1952",
        "1958–1962",
        "1962",
        "années 1960",
        "1968",
        "fin des années 70",
        "2011",
    ]
