"""Benchmark: the search page on a portal of 10,000 published articles.

Articles are added without revisions or validation, the search index is filled in bulk,
then each search is timed through the test client (median of RUNS requests, after one to
warm the caches).
Run on SQLite and on PostgreSQL:

    .venv/bin/python -m pytest tests/perf/test_search_perf.py -n 0 -m perf -s
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python -m pytest \
        tests/perf/test_search_perf.py -n 0 -m perf -s

BENCH_PAGES sets another size.
"""

import datetime
import os
import statistics
import time

import pytest
from django.db import connection
from django.db.models import F
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.demo import suspend_search_auto_update
from gazette.models import ArticlePage
from tests.gazette.conftest import gazette, other_gazette  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.perf, pytest.mark.django_db, pytest.mark.timeout(3600)]

PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
RUNS = 15
INDEX_CHUNK = 1000
SUBJECTS = [
    "jardin partagé",
    "atelier numérique",
    "mémoire du quartier",
    "fête des voisins",
    "aide aux devoirs",
    "permanence de la CAF",
    "marché du dimanche",
    "associations sportives",
]
PLACES = ["la médiathèque", "le centre social", "la place", "l'école", "la maison de quartier"]


def add_articles(parent, count, offset):
    """`count` live articles of `parent`, quickly: no revision, no validation, the tree's
    paths computed here (what `add_child` does one query at a time) and the parent's
    `numchild` updated once; their words vary with their number so that each searched word
    finds a share of them."""
    first_day = datetime.date(2020, 1, 1)
    depth = parent.depth + 1
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    with suspend_search_auto_update([ArticlePage]):
        for number in range(offset, offset + count):
            step += 1
            subject = SUBJECTS[number % len(SUBJECTS)]
            place = PLACES[number % len(PLACES)]
            ArticlePage(
                path=Page._get_path(parent.path, depth, step),
                depth=depth,
                title=f"{subject.capitalize()} à {place} n° {number}",
                slug=f"article-{number}",
                live=True,
                publication_date=first_day + datetime.timedelta(days=number % 2000),
                chapo=f"Les habitants parlent de {subject} à {place}, semaine {number % 52}.",
                body=[{"type": "paragraph", "value": f"<p>Compte rendu : {subject}.</p>"}],
            ).save(clean=False)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)


def index_articles():
    """The search index of every article, in chunks (what `manage.py update_index` does)."""
    backend = get_search_backend()
    articles = ArticlePage.objects.order_by("pk")
    for start in range(0, articles.count(), INDEX_CHUNK):
        backend.add_bulk(ArticlePage, list(articles[start : start + INDEX_CHUNK]))


def median_ms(client, url):
    response = client.get(url)
    assert response.status_code == 200
    timings = []
    for _run in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return response, statistics.median(timings)


def test_search_on_10000_pages(client, quartier, gazette, other_gazette):  # noqa: F811
    started = time.perf_counter()
    add_articles(gazette, PAGES * 3 // 4, 0)
    add_articles(other_gazette, PAGES - PAGES * 3 // 4, PAGES * 3 // 4)
    built = time.perf_counter() - started
    started = time.perf_counter()
    index_articles()
    indexed = time.perf_counter() - started

    here = f"&quartier={quartier.slug}"
    searches = {
        "one word, quartier": ("/recherche/?q=jardin" + here, "résultats pour"),
        "one word, all quartiers": ("/recherche/?q=jardin", "résultats pour"),
        "no accents, plural": ("/recherche/?q=memoire+quartiers" + here, "résultats pour"),
        "two words, page 5": ("/recherche/?q=atelier+numerique&page=5", "résultats pour"),
        "typo, suggestion": ("/recherche/?q=atelir+mediatheque" + here, "Vouliez-vous dire"),
    }
    print(
        f"\n{ArticlePage.objects.count()} articles ({connection.vendor}): built in {built:.0f} s,"
        f" indexed in {indexed:.0f} s; median of {RUNS} requests (test client):"
    )
    for name, (url, expected) in searches.items():
        response, median = median_ms(client, url)
        assert expected in response.content.decode()
        print(f"  {name:24} {median:7.1f} ms")
