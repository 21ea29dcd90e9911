"""Benchmark: the gazette index and an article page with 200 articles in one quartier.

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf -s`).
"""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.gazette.conftest import (  # noqa: F401 (fixtures)
    contributor,
    gazette,
    make_article,
    make_image,
    make_issue,
    rubrique,
)

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ARTICLES = 200
RUNS = 30


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


def test_gazette_with_200_articles(client, gazette, make_article, make_issue, make_image, rubrique):  # noqa: F811
    image = make_image()
    articles = [
        make_article(rubrique=rubrique, tags=["quartier", f"mot-{n % 9}"], image=image)
        for n in range(ARTICLES)
    ]
    make_issue(articles[:10], cover=image)
    results = {
        "gazette index": measure(client, gazette.url),
        "article page": measure(client, articles[100].url),
    }
    print(f"\n{ARTICLES} articles, median of {RUNS} requests (test client, SQLite):")
    for name, (queries, median_ms) in results.items():
        print(f"  {name:14} {queries:3d} queries  {median_ms:7.1f} ms")
    for queries, _median in results.values():
        assert queries < 40
