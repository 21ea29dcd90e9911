"""Benchmark: a quartier's agenda with 500 events (queries and server time).

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf/test_events_perf.py -s`).
"""

import pytest

from tests.events.bulk import add_events
from tests.events.conftest import (  # noqa: F401 (fixtures)
    agenda,
    guest,
    in_days,
    make_image_for,
    make_series,
    venue,
)
from tests.perf.measure import RUNS, measure

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

EVENTS = 500


def test_agenda_with_500_events(client, agenda, make_series, venue, guest, make_image_for):  # noqa: F811
    image = make_image_for("Photo d'atelier")
    series = make_series(title="Festival des usages")
    editions = add_events(series, 20, venue=venue, image=image, offset=10_000)
    events = add_events(agenda, EVENTS - 20, venue=venue, image=image, guests=[guest])
    month = in_days(3).strftime("%Y/%-m")
    results = {
        "agenda (upcoming)": measure(client, agenda.url),
        "agenda, filtered": measure(client, agenda.url + "?type=atelier&gratuit=1"),
        "month view": measure(client, f"{agenda.url}mois/{month}/"),
        "archive": measure(client, f"{agenda.url}archives/"),
        "series": measure(client, series.url),
        "event": measure(client, events[1].url),
        "edition": measure(client, editions[1].url),
        "venue": measure(client, f"{agenda.url}lieux/{venue.slug}/"),
        "agenda .ics": measure(client, agenda.url + "agenda.ics"),
        "all quartiers": measure(client, "/agendas/"),
    }
    print(f"\n{EVENTS} events in one quartier, median of {RUNS} requests (test client, SQLite):")
    for name, (queries, median_ms) in results.items():
        print(f"  {name:18} {queries:3d} queries  {median_ms:7.1f} ms")
    for name, (queries, _median) in results.items():
        assert queries <= 15, name
