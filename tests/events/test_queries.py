"""Every agenda page takes at most 15 queries, as many with 500 events as with 10."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .bulk import add_events
from .conftest import in_days

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
# Pages of other apps that show the agenda's teasers: their count must not grow either.
TEASER_PAGES = ("home", "quartier")


def count_queries(client, url):
    client.get(url)  # warm caches shared by every page (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def agenda_urls(agenda, series, event, venue, home, quartier):
    month = in_days(3).strftime("%Y/%-m")
    return {
        "agenda": agenda.url,
        "agenda filtered": agenda.url + "?type=atelier&gratuit=1",
        "month": f"{agenda.url}mois/{month}/",
        "archive": f"{agenda.url}archives/",
        "venues": f"{agenda.url}lieux/",
        "venue": f"{agenda.url}lieux/{venue.slug}/",
        "series": series.url,
        "event": event.url,
        "edition": series.get_children().live().first().specific.url,
        "programme": event.url + "programme/",
        "portal agenda": "/agendas/",
        "portal month": f"/agendas/mois/{month}/",
        "portal archive": "/agendas/archives/",
        "agenda calendar": agenda.url + "agenda.ics",
        "series calendar": series.url + "agenda.ics",
        "event calendar": event.url + "agenda.ics",
        "portal calendar": "/agendas.ics",
        "home": home.url,
        "quartier": quartier.url,
    }


def test_query_counts_are_the_same_with_10_and_500_events(
    client, home, quartier, agenda, other_agenda, make_series, venue, guest, make_image_for
):
    image = make_image_for("Photo d'un atelier")
    series = make_series(title="Festival")
    add_events(series, 3, venue=venue, image=image, guests=[guest], offset=10_000)
    event = add_events(agenda, 10, venue=venue, image=image, guests=[guest])[1]
    urls = agenda_urls(agenda, series, event, venue, home, quartier)
    small = {name: count_queries(client, url) for name, url in urls.items()}

    add_events(agenda, 490, venue=venue, image=image, guests=[guest], offset=10)
    add_events(series, 50, venue=venue, image=image, offset=20_000)
    add_events(other_agenda, 20, offset=30_000)
    big = {name: count_queries(client, url) for name, url in urls.items()}

    print("\nqueries with 500 events:", big)
    assert big == small
    too_many = {
        name: count
        for name, count in big.items()
        if count > MAX_QUERIES and name not in TEASER_PAGES
    }
    assert not too_many, too_many
