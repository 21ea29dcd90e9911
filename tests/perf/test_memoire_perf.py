"""Benchmark: the memory archive's timeline with 1,000 items in one quartier.

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf/test_memoire_perf.py -s`).
"""

import pytest

from tests.memoire.conftest import (  # noqa: F401 (fixtures)
    add_items,
    archive,
    make_image,
    make_item,
    place,
)
from tests.perf.measure import RUNS, measure

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ITEMS = 1000
PAGES = {
    "timeline": "",
    "one decade": "?decennie=1960",
    "decade + place + theme": "?decennie=1960&lieu=la-tour-b&theme=quartier",
    "page 20": "?page=20",
}


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
