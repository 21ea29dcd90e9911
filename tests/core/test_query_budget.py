"""Every public page type of the demo within the query budget (loaded once for the module).

The target is 15 queries a page. The pages still above it are pinned at their count
today, so that none grows while they are brought down.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

MAX_QUERIES = 15
OVER_BUDGET = {
    "QuartierPage": 20,
    "GazetteIndexPage": 16,
    "ArticlePage": 22,
    "MemoireItemPage": 18,
}
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


def test_every_public_page_type_stays_within_its_query_budget(demo, db, client):
    urls = one_url_per_page_type()
    assert len(urls) >= 17, sorted(urls)
    counts = {name: count_queries(client, url) for name, url in urls.items()}
    print("\nqueries per page type:", counts)
    over = {
        name: count for name, count in counts.items() if count > OVER_BUDGET.get(name, MAX_QUERIES)
    }
    assert not over, over
