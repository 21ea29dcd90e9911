"""The archive's pages: the section contract, the tree, dates read on save, pairs, collections."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from core.checks import section_errors
from core.models import section_models
from home.models import QuartierPage
from memoire.models import (
    CollectionItem,
    ItemKind,
    MemoireCollectionPage,
    MemoireIndexPage,
    MemoireItemPage,
)
from memoire.models.collection import time_code_seconds

pytestmark = pytest.mark.django_db


def test_the_section_keeps_the_contract():
    assert MemoireIndexPage in section_models()
    assert section_errors(MemoireIndexPage, {}) == []
    assert MemoireIndexPage.section_slug == "memoire"
    assert str(MemoireIndexPage.section_label) == "Mémoire"
    assert MemoireIndexPage.section_order == 30
    call_command("check", fail_level="ERROR")


def test_every_quartier_gets_its_archive_and_its_animateurs_their_rights(quartier, animateur):
    archive = MemoireIndexPage.objects.child_of(quartier).get()
    assert archive.slug == "memoire"
    assert archive.live
    assert archive.show_in_menus
    for codename in ("add_memoireplace", "change_memoireplace", "view_memoireperson"):
        assert animateur.has_perm(f"memoire.{codename}")
    assert not animateur.has_perm("memoire.delete_memoireplace")


def test_a_quartier_made_before_the_app_gets_its_archive(quartier):
    quartier.get_children().type(MemoireIndexPage).delete()
    group = quartier.animateurs_group
    group.permissions.remove(*group.permissions.filter(content_type__app_label="memoire"))
    call_command("provision_quartiers")
    assert MemoireIndexPage.objects.child_of(quartier).get().live
    assert group.permissions.filter(codename="add_memoireperson").exists()
    call_command("provision_quartiers")
    assert MemoireIndexPage.objects.child_of(quartier).count() == 1


def test_tree_rules(home, quartier, archive):
    assert MemoireIndexPage in QuartierPage.allowed_subpage_models()
    assert not MemoireIndexPage.can_create_at(quartier)  # one per quartier, already there
    assert MemoireItemPage.can_create_at(archive)
    assert MemoireCollectionPage.can_create_at(archive)
    assert not MemoireItemPage.can_create_at(quartier)
    assert not MemoireItemPage.can_create_at(home)
    assert MemoireItemPage.allowed_subpage_models() == []


def test_the_date_is_read_on_save(make_item):
    item = make_item(date_text="  vers   1975 ")
    assert item.date_text == "vers 1975"
    assert (item.date_start, item.date_end) == (
        datetime.date(1973, 1, 1),
        datetime.date(1977, 12, 31),
    )
    assert item.date_edtf == "1975~"
    assert item.decades == [1970]
    assert item.period_label == "vers 1975 · années 1970"


def test_an_item_may_have_no_date(make_item):
    item = make_item(date_text="")
    assert (item.date_start, item.date_end, item.date_sort, item.date_edtf) == (
        None,
        None,
        None,
        "",
    )
    assert item.decades == []


def test_an_unreadable_date_is_refused_by_the_model(archive):
    item = MemoireItemPage(title="Bizarre", description="…", date_text="vers l'an dernier")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "vers 1975" in str(error.value.message_dict["date_text"])


def test_the_first_photo_follows_the_stream(make_item, make_image):
    first, second = make_image(title="Un"), make_image(title="Deux")
    item = make_item(image=first)
    assert item.first_photo_id == first.pk
    item.photos = [
        {
            "type": "photo",
            "value": {
                "image": {"image": second.pk, "alt_text": "x", "decorative": False},
                "caption": "",
            },
        }
    ]
    item.save()
    assert item.first_photo_id == second.pk


def test_a_pair_shows_the_older_item_first_on_both_pages(make_item, place):
    now = make_item(title="Aujourd'hui", date_text="2011", place=place)
    then = make_item(title="Hier", date_text="vers 1962", place=place)
    now.paired_item = then
    now.save_revision().publish()
    now.refresh_from_db()
    for page in (now, then):
        page = MemoireItemPage.objects.get(pk=page.pk)
        pair = page.pair()
        assert (pair["then"].pk, pair["now"].pk) == (then.pk, now.pk)


def test_a_pair_with_a_draft_is_not_shown(make_item):
    draft = make_item(title="Brouillon", live=False)
    item = make_item(title="Publié", paired_item=draft)
    assert item.pair() is None


def test_an_item_cannot_be_its_own_pair(make_item):
    item = make_item()
    item.paired_item = item
    with pytest.raises(ValidationError):
        item.full_clean()


def test_a_collection_lists_its_published_items_in_its_order(make_item, make_collection):
    first, second, draft = make_item(title="Un"), make_item(title="Deux"), make_item(live=False)
    collection = make_collection(items=[second, draft, first])
    assert collection.items() == [second, first]
    assert second.collections() == [collection]


def test_an_item_is_once_in_a_collection(make_item, make_collection):
    item = make_item()
    collection = make_collection(items=[item])
    with pytest.raises(ValidationError):
        CollectionItem(collection=collection, item=item).validate_constraints()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("0:00", 0), ("12:30", 750), ("1:02:05", 3725), ("9:5", None), ("abc", None), ("", None)],
)
def test_time_codes(text, seconds):
    assert time_code_seconds(text) == seconds


def test_the_film_starts_where_the_chapter_link_says(rf, make_collection):
    collection = make_collection()
    assert collection.start_seconds(rf.get("/", {"t": "750"})) == 750
    for junk in ("-3", "abc", "1e9", "99999999", ""):
        assert collection.start_seconds(rf.get("/", {"t": junk})) == 0


def test_timeline_neighbours_follow_the_dates(make_item):
    early = make_item(title="Tôt", date_text="1955")
    middle = make_item(title="Milieu", date_text="années 60")
    late = make_item(title="Tard", date_text="2011")
    make_item(title="Brouillon", date_text="1970", live=False)
    assert middle.timeline_neighbours() == (early, late)
    assert early.timeline_neighbours() == (None, middle)


def test_dublin_core_types_cover_every_kind():
    from memoire.dublin_core import DCMI_TYPES

    assert set(DCMI_TYPES) == set(ItemKind)
