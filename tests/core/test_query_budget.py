"""Every public page type of the demo within 15 queries, and as many with more content.

The demo is loaded once for the module; `load_demo --scale` then copies every content page
(articles, events, memories, actors…) beside itself, and each page type must take exactly
as many queries as before. `make bench-http` does the same at 10 ×.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.demo import content_pages

MAX_QUERIES = 15
PORTAL_URLS = {"search": "/recherche/?q=atelier", "portal agenda": "/agendas/"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def one_url_per_page_type():
    urls = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        urls.setdefault(type(page).__name__, page.url)
    urls.pop("Page", None)
    return {**urls, **PORTAL_URLS}


def count_queries(client, url):
    client.get(url)  # caches every page shares (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_every_public_page_type_stays_within_its_query_budget_at_one_and_two_times(
    demo, db, client
):
    urls = one_url_per_page_type()
    assert len(urls) >= 17, sorted(urls)
    counts = {name: count_queries(client, url) for name, url in urls.items()}
    print("\nqueries per page type:", counts)
    assert {name: count for name, count in counts.items() if count > MAX_QUERIES} == {}

    pages_before = content_pages().count()
    call_command("load_demo", scale=2, stdout=io.StringIO())
    assert content_pages().count() == 2 * pages_before
    doubled = {name: count_queries(client, url) for name, url in urls.items()}
    assert doubled == counts
