"""Benchmark: the gazette index and an article page with 200 articles in one quartier.

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf -s`).
"""

import pytest

from tests.gazette.conftest import (  # noqa: F401 (fixtures)
    contributor,
    gazette,
    make_article,
    make_image,
    make_issue,
    rubrique,
)
from tests.perf.measure import RUNS, measure

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ARTICLES = 200


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
