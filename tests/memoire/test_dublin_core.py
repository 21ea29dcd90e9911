"""The archive in Dublin Core terms: `<meta name="DC.…">` in the pages, and the JSON export."""

import json

import pytest
from bs4 import BeautifulSoup

from images.models import PeopleConsent
from memoire.models import ItemKind, PersonRole

pytestmark = pytest.mark.django_db


def meta(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    terms = {}
    for element in soup.find_all("meta", attrs={"name": True}):
        if element["name"].startswith(("DC.", "DCTERMS.")):
            terms.setdefault(element["name"], []).append(element["content"])
    schemas = {link["rel"][0]: link["href"] for link in soup.find_all("link", rel=True)}
    return terms, schemas


@pytest.fixture
def item(make_item, make_image, place, person, contributor, quartier):
    from memoire.factories import MemoirePersonFactory

    shown = MemoirePersonFactory(quartier=quartier, name="La famille Benali")
    place.latitude, place.longitude = 43.1283, 5.9678
    place.save()
    image = make_image(title="Le bal", credit="Album Benali", people=PeopleConsent.CONSENTED)
    return make_item(
        title="Le bal du 14 juillet",
        description="Tout le quartier danse sur la place.",
        date_text="juillet 1971",
        image=image,
        place=place,
        contributor=contributor,
        source="Album de famille",
        licence="cc-by-sa",
        tags=["fête", "bal"],
        people=[(person, PersonRole.SPEAKING), (shown, PersonRole.SHOWN)],
    )


def test_an_items_page_describes_it_in_dublin_core(client, item, archive, make_collection):
    collection = make_collection(title="Les fêtes", items=[item])
    terms, schemas = meta(client, item.url)
    assert schemas["schema.DC"] == "http://purl.org/dc/elements/1.1/"
    assert schemas["schema.DCTERMS"] == "http://purl.org/dc/terms/"
    assert terms["DC.title"] == ["Le bal du 14 juillet"]
    assert terms["DC.description"] == ["Tout le quartier danse sur la place."]
    assert terms["DC.date"] == ["1971-07"]
    assert terms["DCTERMS.temporal"] == ["juillet 1971"]
    assert terms["DCTERMS.spatial"] == [
        "La tour B",
        "name=La tour B; east=5.967800; north=43.128300",
    ]
    assert terms["DC.type"] == ["StillImage"]
    assert terms["DC.subject"] == ["bal", "fête", "La famille Benali"]
    assert terms["DC.creator"] == ["Mme Rose", "Album Benali"]
    assert terms["DC.contributor"] == ["Tonton Marcel"]
    assert terms["DC.source"] == ["Album de famille"]
    assert terms["DCTERMS.license"] == ["https://creativecommons.org/licenses/by-sa/4.0/"]
    assert terms["DC.language"] == ["fr"]
    assert terms["DC.publisher"] == [archive.title]
    assert terms["DC.identifier"] == [item.full_url]
    assert terms["DCTERMS.isPartOf"] == [collection.full_url]


def test_a_recording_is_a_sound_with_its_format(client, make_item):
    item = make_item(title="Mme Rose raconte", kind=ItemKind.AUDIO, date_text="années 60")
    terms, _schemas = meta(client, item.url)
    assert terms["DC.type"] == ["Sound"]
    assert terms["DC.format"] == ["audio/ogg"]
    assert terms["DC.date"] == ["196X"]


def test_a_collection_page_lists_its_parts(client, make_item, make_collection):
    item = make_item(title="Un souvenir")
    collection = make_collection(
        title="Raconte-moi Planoise", items=[item], partners=["Cyber-base"]
    )
    terms, _schemas = meta(client, collection.url)
    assert terms["DC.type"] == ["Collection"]
    assert terms["DC.contributor"] == ["Cyber-base"]
    assert terms["DC.date"] == ["2009/2011"]
    assert terms["DCTERMS.hasPart"] == [item.full_url]


def test_the_archive_exports_its_published_items_as_json(
    client, archive, item, make_item, make_collection
):
    then = make_item(title="La place en 1960", date_text="1960", image=None)
    item.paired_item = then
    item.save_revision().publish()
    make_item(title="Brouillon caché", live=False)
    collection = make_collection(title="Les fêtes", items=[item, then])
    response = client.get(archive.url + "export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert 'filename="memoire-planoise.json"' in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["@context"]["dcterms"] == "http://purl.org/dc/terms/"
    assert data["item_count"] == 2
    by_title = {entry["dcterms:title"][0]: entry for entry in data["items"]}
    assert set(by_title) == {"Le bal du 14 juillet", "La place en 1960"}
    entry = by_title["Le bal du 14 juillet"]
    assert entry["@id"] == item.full_url
    assert entry["dcterms:date"] == ["1971-07"]
    assert entry["dcterms:relation"] == [then.full_url]
    assert by_title["La place en 1960"]["dcterms:relation"] == [item.full_url]
    assert entry["dcterms:isPartOf"] == [collection.full_url]
    (photo,) = entry["media"]
    assert photo["dcterms:creator"] == "Album Benali"
    # A display size only: the original file is never given away.
    assert ".max-1200x900." in photo["url"]
    assert "original_images" not in response.content.decode()
    (exported,) = data["collections"]
    assert exported["dcterms:hasPart"] == [
        item.full_url,
        then.full_url,
    ]


def test_the_export_gives_recordings_through_the_document_view(client, archive, make_item):
    make_item(title="Mme Rose raconte", kind=ItemKind.AUDIO)
    data = client.get(archive.url + "export/").json()
    (recording,) = data["items"][0]["media"]
    assert recording["dcterms:type"] == "Sound"
    assert recording["url"].startswith("http://testserver/documents/")
