"""The archive's pages as visitors see them: items, then and now, collections and their film,
the memory of the day, the site search. No original photo is ever linked."""

import datetime
import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from core.models import all_pages
from images.models import PeopleConsent
from memoire.models import ItemKind, MemoireCollectionPage, MemoireIndexPage, MemoireItemPage
from memoire.queries import pick_of_the_day

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def assert_no_original_and_no_inline_code(html):
    assert "original_images" not in html
    assert " style=" not in html
    for script in re.findall(r"<script[^>]*>", html):
        assert "src=" in script or "application/ld+json" in script, script


def test_an_audio_item_shows_its_player_and_its_transcript(client, make_item):
    item = make_item(title="Mme Rose raconte", kind=ItemKind.AUDIO, date_text="1961")
    html = html_of(client, item.url)
    assert "<audio" in html
    assert "Lire la transcription" in html
    assert "Il y avait des chantiers partout." in html
    assert 'href="/documents/' in html
    assert_no_original_and_no_inline_code(html)


def test_a_then_and_now_pair_shows_both_photos_without_javascript(
    client, make_item, make_image, place
):
    old = make_image(title="Ancienne", people=PeopleConsent.CONSENTED)
    then = make_item(title="La tour en 1965", date_text="1965", image=old, place=place)
    now = make_item(title="La tour en 2011", date_text="2011", place=place, paired_item=then)
    for page in (then, now):
        html = html_of(client, page.url)
        assert "Hier et aujourd’hui" in html
        pair = html[html.index('class="then-now__pair"') :]
        assert pair.count("<img") == 2
        assert "Avant · 1965" in pair
        assert "Après · 2011" in pair
        assert "js/memoire.js" in html  # the slider, an enhancement
        assert_no_original_and_no_inline_code(html)
    assert "Les personnes reconnaissables sur les photos ont donné leur accord." in html_of(
        client, then.url
    )


def test_an_item_without_pair_loads_no_script(client, make_item):
    html = html_of(client, make_item(title="Seul").url)
    assert "Hier et aujourd’hui" not in html
    assert "js/memoire.js" not in html


def test_an_item_shows_its_facts(client, make_item, place, person, contributor):
    item = make_item(
        title="Le chantier",
        date_text="1958–1962",
        place=place,
        contributor=contributor,
        source="Archives du comité",
        licence="cc-by-nc",
        people=[(person, "montre")],
        tags=["chantier"],
    )
    html = html_of(client, item.url)
    for text in (
        "1958–1962",
        "La tour B",
        "?lieu=la-tour-b",
        "Sur la photo",
        "Mme Rose",
        "Confié par",
        "Tonton Marcel",
        "Archives du comité",
        "CC BY-NC",
        "?theme=chantier",
    ):
        assert text in html, text


def test_a_collection_plays_its_film_from_the_chapter_chosen(client, make_item, make_collection):
    collection = make_collection(
        title="De l'après-guerre à aujourd'hui",
        items=[make_item(title="Un souvenir")],
        partners=["Lycée Cisson"],
        chapters=[("0:00", "Les jardins"), ("12:30", "Les chantiers")],
        film__0="recording",
    )
    html = html_of(client, collection.url)
    assert 'href="?t=750#film"' in html
    assert 'data-seconds="750"' in html
    assert "Lycée Cisson" in html
    assert "Un souvenir" in html
    assert "js/memoire.js" in html
    started = html_of(client, collection.url + "?t=750")
    assert re.search(r'<audio id="film-player"[^>]*src="/documents/[^"]+#t=750"', started)
    assert 'aria-current="true"><span class="chapters__time">12:30' in started
    assert_no_original_and_no_inline_code(started)
    assert "#t=" not in html_of(client, collection.url + "?t=junk").split("film-player")[1][:200]


def test_the_memory_of_the_day_changes_each_day(make_item, archive):
    items = [make_item(title=f"Souvenir {number}") for number in range(3)]
    published = archive.items()
    days = [datetime.date(2026, 5, day) for day in (1, 2, 3)]
    picks = [pick_of_the_day(published, day) for day in days]
    assert {pick.pk for pick in picks} == {item.pk for item in items}
    assert pick_of_the_day(published, days[0]) == picks[0]
    assert pick_of_the_day(MemoireItemPage.objects.none()) is None


def test_the_quartier_tile_and_the_home_show_a_memory_of_the_day(client, make_item, quartier, home):
    item = make_item(title="La fête de 1978", date_text="juin 1978")
    make_item(title="Brouillon du jour", live=False)
    tile = html_of(client, quartier.url)
    assert "Le souvenir du jour" in tile
    assert "La fête de 1978" in tile
    front = html_of(client, home.url)
    teaser = front[front.index("souvenir-du-jour-titre") :]
    assert "La fête de 1978" in teaser
    assert "Planoise" in teaser  # the item's quartier
    assert "Brouillon du jour" not in front
    assert_no_original_and_no_inline_code(front)
    assert item.url in teaser


def test_no_memory_no_teaser(client, home, archive):
    assert "Le souvenir du jour" not in html_of(client, home.url)


def test_an_empty_archive_invites_residents(client, archive):
    html = html_of(client, archive.url)
    assert "Pas encore de souvenir ici." in html
    assert "Choisir une époque" not in html
    assert "Vous avez des photos ou des souvenirs du quartier ?" in html


def test_filtered_pages_are_not_indexed_by_search_engines(client, archive, make_item):
    make_item()
    assert 'content="noindex, follow"' not in html_of(client, archive.url)
    assert 'content="noindex, follow"' in html_of(client, archive.url + "?type=photo")


def test_items_and_collections_are_found_by_the_site_search(
    make_item, make_collection, place, person, contributor
):
    item = make_item(
        title="La kermesse",
        description="La course en sac.",
        date_text="juin 1978",
        place=place,
        contributor=contributor,
        people=[(person, "montre")],
        kind=ItemKind.AUDIO,
        tags=["école"],
    )
    collection = make_collection(title="Raconte-moi Planoise", partners=["Maison de quartier"])
    call_command("update_index", verbosity=0)
    searched = all_pages().live().specific()
    for words in (
        "kermesse",
        "course en sac",
        "tour B",
        "Mme Rose",
        "Tonton Marcel",
        "chantiers partout",  # the transcript
        "années 1970",  # the period
        "école",
    ):
        assert item in list(MemoireItemPage.objects.live().search(words)), words
    assert collection in list(MemoireCollectionPage.objects.live().search("Maison de quartier"))
    assert item in list(searched.search("kermesse"))


def test_the_section_page_is_the_archive(client, quartier, archive):
    assert isinstance(Page.objects.get(pk=archive.pk).specific, MemoireIndexPage)
    html = html_of(client, quartier.url)
    assert 'href="/planoise/memoire/">Mémoire</a>' in html
