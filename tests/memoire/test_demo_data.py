"""The demo's archives (memoire/demo_data/*.yaml): their structure, and loading them once."""

import datetime

import pytest

from core.demo import data_files, read_data
from home.factories import QuartierPageFactory
from images.models import PeopleConsent
from memoire.demo import load_memoires, memoire_data
from memoire.models import (
    ItemKind,
    ItemLicence,
    MemoireCollectionPage,
    MemoireIndexPage,
    MemoireItemPage,
    MemoirePlace,
    PersonRole,
    PlaceKind,
)
from memoire.models.collection import time_code_seconds
from memoire.periods import parse_period

QUARTIER_SLUGS = {entry["slug"] for entry in read_data("home", "quartiers.yaml")["quartiers"]}
FILES = data_files("memoire")
ITEM_KEYS = {"slug", "title", "kind", "description"}
OPTIONAL_ITEM_KEYS = {
    "date",
    "place",
    "photos",
    "recordings",
    "text",
    "people",
    "contributor",
    "source",
    "licence",
    "tags",
    "pair",
}


def test_several_quartiers_have_a_demo_archive():
    assert len(FILES) >= 3
    assert {name.removesuffix(".yaml") for name in FILES} <= QUARTIER_SLUGS


@pytest.mark.parametrize("name", FILES)
def test_each_demo_archive_is_well_formed(name):
    data = read_data("memoire", name)
    assert data["name"].strip()
    assert data["intro"].strip()
    assert isinstance(data["published"], datetime.date)
    places = {place["name"] for place in data["places"]}
    for place in data["places"]:
        assert place["kind"] in PlaceKind.values
    people = {person["name"] for person in data.get("people", [])}
    items = data["items"]
    assert 15 <= len(items) <= 30
    slugs = [item["slug"] for item in items]
    assert len(slugs) == len(set(slugs))
    seen, decades, pairs = set(), set(), 0
    for item in items:
        assert ITEM_KEYS <= set(item) <= ITEM_KEYS | OPTIONAL_ITEM_KEYS, item["slug"]
        assert item["kind"] in ItemKind.values
        assert item.get("licence", "tous-droits") in ItemLicence.values
        if "date" in item:
            decades.update(parse_period(str(item["date"])).decades)
        assert item.get("place") in places | {None}
        for person in item.get("people", []):
            assert person["name"] in people
            assert person["role"] in PersonRole.values
        for photo in item.get("photos", []):
            assert {"caption", "credit"} <= set(photo)
            assert photo.get("people", "personne") in PeopleConsent.values
            assert photo.get("people") != PeopleConsent.NOT_CONSENTED  # the demo publishes it
        for recording in item.get("recordings", []):
            assert recording["title"].strip()
            assert recording["transcript"].strip()  # every recording has its transcript
        if item["kind"] in (ItemKind.PHOTO, ItemKind.ARCHIVE):
            assert item.get("photos"), item["slug"]
        if item["kind"] in (ItemKind.AUDIO, ItemKind.VIDEO):
            assert item.get("recordings"), item["slug"]
        if item["kind"] == ItemKind.TESTIMONY:
            assert item.get("text"), item["slug"]
        if "pair" in item:
            assert item["pair"] in seen  # a pair names an item above it
            pairs += 1
        seen.add(item["slug"])
    assert min(decades) <= 1960
    assert max(decades) == 2010
    assert pairs >= 2
    assert data["collections"]
    for collection in data["collections"]:
        assert set(collection["items"]) <= set(slugs)
        assert collection["partners"]
        parse_period(str(collection["date"]))
        film = collection.get("film")
        if film:
            assert film["transcript"].strip()
            times = [time_code_seconds(chapter["time"]) for chapter in film["chapters"]]
            assert None not in times
            assert times == sorted(times)
            assert max(times) < film["seconds"]


def test_the_demo_uses_the_kinds_residents_bring():
    kinds = {item["kind"] for name in FILES for item in read_data("memoire", name)["items"]}
    # No video: the demo makes its media without downloading, and cannot encode one.
    assert kinds == {ItemKind.PHOTO, ItemKind.TESTIMONY, ItemKind.AUDIO, ItemKind.ARCHIVE}


@pytest.mark.django_db
def test_a_demo_archive_loads_once(home):
    quartier = QuartierPageFactory(title="Sainte-Musse", slug="sainte-musse")
    QuartierPageFactory(title="Sans démo", slug="sans-demo")
    assert memoire_data("sans-demo") is None
    load_memoires(lambda message: None)
    data = memoire_data("sainte-musse")
    archive = MemoireIndexPage.objects.child_of(quartier).get()
    counts = (
        MemoireItemPage.objects.live().child_of(archive).count(),
        MemoireCollectionPage.objects.live().child_of(archive).count(),
        MemoirePlace.objects.filter(quartier=quartier).count(),
    )
    assert archive.title == data["name"]
    assert counts == (len(data["items"]), len(data["collections"]), len(data["places"]))
    pairs = MemoireItemPage.objects.filter(paired_item__isnull=False)
    assert pairs.count() >= 2
    assert all(item.pair() for item in pairs)
    collection = MemoireCollectionPage.objects.get()
    assert len(collection.items()) == len(data["collections"][0]["items"])
    assert collection.chapters.count() == 5
    for item in MemoireItemPage.objects.filter(kind=ItemKind.AUDIO):
        assert all(block.value["transcript"] for block in item.recordings)
        assert item.recordings[0].value["file"].file_size
    load_memoires(lambda message: None)
    assert counts == (
        MemoireItemPage.objects.child_of(archive).count(),
        MemoireCollectionPage.objects.child_of(archive).count(),
        MemoirePlace.objects.filter(quartier=quartier).count(),
    )
