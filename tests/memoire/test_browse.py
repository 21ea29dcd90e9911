"""Browsing the archive: the timeline and the filters combine and show their counts; junk
in the address gives a clean page or a 404, never an error; drafts never show."""

import re
from html import unescape

import pytest

from memoire.factories import MemoirePlaceFactory
from memoire.models import ItemKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive_items(make_item, place, quartier):
    market = MemoirePlaceFactory(quartier=quartier, name="Le marché")
    return {
        "chantier": make_item(
            title="Le chantier", date_text="1958–1962", place=place, tags=["immeubles"]
        ),
        "rose": make_item(
            title="Mme Rose", kind=ItemKind.AUDIO, date_text="1961", place=place, tags=["arrivée"]
        ),
        "salle": make_item(
            title="La salle de bains",
            kind=ItemKind.TESTIMONY,
            date_text="années 60",
            tags=["immeubles"],
        ),
        "marche": make_item(
            title="Le marché", date_text="vers 1972", place=market, tags=["marché"]
        ),
        "tour": make_item(title="La tour", date_text="2011", place=place, tags=["immeubles"]),
        "fontaine": make_item(title="La fontaine", kind=ItemKind.TESTIMONY, date_text=""),
        "brouillon": make_item(title="Un brouillon", date_text="1965", place=place, live=False),
    }


def context(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.context


def titles(ctx):
    return [item.title for item in ctx["results"].object_list]


def decade_counts(ctx):
    return {entry["value"]: entry["count"] for entry in ctx["decades"]}


def test_the_timeline_counts_each_decade_and_lists_oldest_first(client, archive, archive_items):
    ctx = context(client, archive.url)
    # 1958–1962 counts in both decades; the draft counts nowhere.
    assert decade_counts(ctx) == {
        1950: 1,
        1960: 3,
        1970: 1,
        1980: 0,
        1990: 0,
        2000: 0,
        2010: 1,
    }
    assert ctx["undated_count"] == 1
    assert titles(ctx) == [
        "Le chantier",
        "Mme Rose",
        "La salle de bains",
        "Le marché",
        "La tour",
        "La fontaine",
    ]
    assert ctx["results"].paginator.count == 6


def test_a_decade_shows_what_overlaps_it(client, archive, archive_items):
    ctx = context(client, archive.url + "?decennie=1960")
    assert titles(ctx) == ["Le chantier", "Mme Rose", "La salle de bains"]
    assert ctx["results"].paginator.count == 3
    # The other filters count within the decade; the timeline keeps every decade.
    assert {kind["value"]: kind["count"] for kind in ctx["kinds"]} == {
        "photo": 1,
        "audio": 1,
        "temoignage": 1,
    }
    assert {place.name: place.item_count for place in ctx["places"]} == {"La tour B": 2}
    assert decade_counts(ctx)[2010] == 1


def test_filters_combine_and_count_under_each_other(client, archive, archive_items):
    ctx = context(client, archive.url + "?decennie=1960&lieu=la-tour-b&theme=immeubles")
    assert titles(ctx) == ["Le chantier"]
    # Counts of a filter's choices apply the other filters, not its own.
    assert decade_counts(ctx) == {1950: 1, 1960: 1, 1970: 0, 1980: 0, 1990: 0, 2000: 0, 2010: 1}
    themes = {tag.name: tag.item_count for tag in ctx["themes"]}
    assert themes == {"immeubles": 1, "arrivée": 1}
    ctx = context(client, archive.url + "?type=photo&lieu=la-tour-b")
    assert titles(ctx) == ["Le chantier", "La tour"]
    assert {kind["value"]: kind["count"] for kind in ctx["kinds"]} == {"photo": 2, "audio": 1}


def test_the_page_shows_the_counts_and_links_that_keep_the_other_filters(
    client, archive, archive_items
):
    html = unescape(client.get(archive.url + "?lieu=la-tour-b").content.decode())
    assert "3 souvenirs" in html
    assert re.search(r'href="\?lieu=la-tour-b&(amp;)?decennie=1960"', html)
    assert 'Photo <span class="chip__count">(2)</span>' in html
    assert "(retirer ce choix)" in html


def test_items_without_date(client, archive, archive_items):
    ctx = context(client, archive.url + "?decennie=inconnue")
    assert titles(ctx) == ["La fontaine"]


@pytest.mark.parametrize(
    "query",
    [
        "?decennie=1965",
        "?decennie=abc",
        "?decennie=3000",
        "?decennie=-1960",
        "?lieu=nulle-part",
        "?theme=inconnu",
        "?type=film-muet",
        "?page=99",
        "?decennie=" + "9" * 5000,
        "?lieu=%00",
        "?theme=%00",
    ],
)
def test_junk_in_the_address_is_not_found(client, archive, archive_items, query):
    assert client.get(archive.url + query).status_code == 404


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=", "?theme=", "?decennie=&type=", "?autre=1"]
)
def test_harmless_junk_gives_the_first_page(client, archive, archive_items, query):
    ctx = context(client, archive.url + query)
    assert ctx["results"].number == 1
    assert len(titles(ctx)) == 6


def test_another_quartiers_place_is_not_a_filter_here(client, archive, other_quartier):
    MemoirePlaceFactory(quartier=other_quartier, name="Le port")
    assert client.get(archive.url + "?lieu=le-port").status_code == 404


def test_drafts_appear_nowhere(client, archive, archive_items, quartier, home):
    draft = archive_items["brouillon"]
    pages = [
        archive.url,
        archive.url + "?decennie=1960",
        archive.url + "export/",
        archive_items["chantier"].url,
        quartier.url,
        home.url,
    ]
    for url in pages:
        assert "Un brouillon" not in client.get(url).content.decode(), url
    assert client.get(draft.url).status_code == 404


def test_collections_show_on_the_first_unfiltered_page(
    client, archive, archive_items, make_collection
):
    collection = make_collection(title="De l'après-guerre à aujourd'hui")
    make_collection(title="Projet en brouillon", live=False)
    assert context(client, archive.url)["collections"] == [collection]
    assert context(client, archive.url + "?type=photo")["collections"] == []


def test_many_items_are_paginated(client, archive, make_image):
    from tests.memoire.conftest import add_items

    add_items(archive, 30, make_image())
    first = context(client, archive.url)
    second = context(client, archive.url + "?page=2")
    assert len(first["results"].object_list) == 24
    assert len(second["results"].object_list) == 6
    assert first["results"].paginator.count == 30
