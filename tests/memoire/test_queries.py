"""The archive's query counts do not grow with its size, and each page's own work (its
`get_context`, on top of the site's frame: routing, menu, breadcrumb) stays within 15."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.memoire.conftest import add_items

pytestmark = pytest.mark.django_db

OWN_QUERY_BUDGET = 15


def count_queries(client, url):
    client.get(url)  # warm the caches every page shares (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def context_queries(page, url):
    request = RequestFactory().get(url)
    request.user = None
    page.get_context(request)  # warm
    page = type(page).objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as queries:
        page.get_context(request)
    return len(queries)


TIMELINE_URLS = [
    "",
    "?decennie=1960",
    "?type=photo&lieu=la-tour-b",
    "?theme=quartier&decennie=inconnue",
    "?page=2",
]


@pytest.fixture
def big_archive(archive, make_image, place, make_item, make_collection):
    image = make_image()
    items = add_items(archive, 40, image, [place])
    then = make_item(title="Avant", image=image, place=place, date_text="1960")
    now = make_item(title="Après", image=image, place=place, date_text="2011", paired_item=then)
    audio = make_item(title="La voix", kind="audio", place=place)
    collection = make_collection(
        items=[then, now, audio], film__0="recording", chapters=[("0:00", "Début")]
    )
    return {"image": image, "items": items, "pages": [then, now, audio, collection]}


def test_timeline_query_count_is_the_same_with_20_and_1000_items(
    client, archive, make_image, place
):
    image = make_image()
    add_items(archive, 20, image, [place])
    small = {query: count_queries(client, archive.url + query) for query in TIMELINE_URLS[:4]}
    add_items(archive, 980, image, [place], start=20)
    big = {query: count_queries(client, archive.url + query) for query in TIMELINE_URLS[:4]}
    assert big == small
    # Further pages: the same count, whichever page (no collections after the first).
    assert count_queries(client, archive.url + "?page=2") == count_queries(
        client, archive.url + "?page=42"
    )


def test_item_collection_and_export_counts_do_not_grow(client, archive, big_archive, place):
    urls = [page.url for page in big_archive["pages"]] + [archive.url + "export/"]
    small = [count_queries(client, url) for url in urls]
    add_items(archive, 60, big_archive["image"], [place], start=1000)
    assert [count_queries(client, url) for url in urls] == small


@pytest.mark.parametrize("query", TIMELINE_URLS)
def test_the_timeline_does_its_own_work_within_budget(archive, big_archive, query):
    assert context_queries(archive, archive.url + query) <= OWN_QUERY_BUDGET


def test_item_and_collection_pages_do_their_own_work_within_budget(big_archive):
    for page in big_archive["pages"]:
        assert context_queries(page, page.url) <= OWN_QUERY_BUDGET, page.title


def test_home_and_quartier_stay_constant_with_the_memory_of_the_day(
    client, home, quartier, archive, make_image, make_item, make_quartier
):
    image = make_image()
    make_item(image=image)
    home_small = count_queries(client, home.url)
    quartier_small = count_queries(client, quartier.url)
    for number in range(3):
        make_quartier(f"Quartier {number}", "Ville")
    add_items(archive, 50, image)
    assert count_queries(client, home.url) == home_small
    assert count_queries(client, quartier.url) == quartier_small
