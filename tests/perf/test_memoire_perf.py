"""Benchmark: the memory archive's timeline with 1,000 items in one quartier.

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf/test_memoire_perf.py -s`).
"""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.memoire.conftest import (  # noqa: F401 (fixtures)
    add_items,
    archive,
    make_image,
    make_item,
    place,
)

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ITEMS = 1000
RUNS = 30
PAGES = {
    "timeline": "",
    "one decade": "?decennie=1960",
    "decade + place + theme": "?decennie=1960&lieu=la-tour-b&theme=quartier",
    "page 20": "?page=20",
}


def measure(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    # Read now: every later request empties the connection's query log.
    query_count = len(queries)
    timings = []
    for _run in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return query_count, statistics.median(timings)


def test_timeline_with_1000_items(client, archive, make_image, place, make_item):  # noqa: F811
    image = make_image()
    add_items(archive, ITEMS, image, [place])
    item = make_item(title="Un souvenir parmi mille", image=image, place=place)
    results = {name: measure(client, archive.url + query) for name, query in PAGES.items()}
    results["item page"] = measure(client, item.url)
    results["JSON export"] = measure(client, archive.url + "export/")
    print(f"\n{ITEMS} items, median of {RUNS} requests (test client, SQLite):")
    for name, (queries, median_ms) in results.items():
        print(f"  {name:24} {queries:3d} queries  {median_ms:7.1f} ms")
    for name, (queries, _median) in results.items():
        if name != "JSON export":
            assert queries < 30, name
