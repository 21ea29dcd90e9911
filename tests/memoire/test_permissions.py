"""An animateur lists, chooses and edits their own quartier's places and people of memories,
and their own archive's pages; another quartier's are refused (tested as its animateur)."""

import pytest
from django.urls import reverse

from memoire.factories import MemoireItemPageFactory, MemoirePersonFactory, MemoirePlaceFactory
from memoire.models import MemoirePerson, MemoirePlace
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db

SNIPPETS = {"place": "memoireplace", "person": "memoireperson"}


@pytest.fixture
def records(quartier, other_quartier):
    return {
        "ours": {
            "place": MemoirePlaceFactory(quartier=quartier, name="La tour de Planoise"),
            "person": MemoirePersonFactory(quartier=quartier, name="Mme Odile de Planoise"),
        },
        "theirs": {
            "place": MemoirePlaceFactory(quartier=other_quartier, name="Le port de Kérourien"),
            "person": MemoirePersonFactory(quartier=other_quartier, name="Yvon de Kérourien"),
        },
    }


@pytest.fixture
def as_other_animateur(client, other_animateur):
    """Kérourien's animateur: Planoise's records are somebody else's."""
    client.force_login(other_animateur)
    return client


def url(kind, action, *args):
    return reverse(f"wagtailsnippets_memoire_{SNIPPETS[kind]}:{action}", args=args)


@pytest.mark.parametrize("kind", SNIPPETS)
def test_the_list_and_its_search_show_their_quartier_only(as_other_animateur, records, kind):
    html = as_other_animateur.get(url(kind, "list")).content.decode()
    assert str(records["theirs"][kind]) in html
    assert str(records["ours"][kind]) not in html
    search = as_other_animateur.get(url(kind, "list"), {"q": "Planoise"})
    assert search.status_code == 200
    assert str(records["ours"][kind]) not in search.content.decode()


@pytest.mark.parametrize("kind", SNIPPETS)
@pytest.mark.parametrize("action", ["edit", "delete", "history", "usage"])
def test_another_quartiers_record_is_refused(as_other_animateur, records, kind, action):
    record = records["ours"][kind]
    assert_refused(as_other_animateur, as_other_animateur.get(url(kind, action, record.pk)))


def test_editing_another_quartiers_place_changes_nothing(as_other_animateur, records):
    place = records["ours"]["place"]
    response = as_other_animateur.post(
        url("place", "edit", place.pk),
        {"name": "Piraté", "quartier": place.quartier_id, "kind": "autre"},
    )
    assert_refused(as_other_animateur, response)
    place.refresh_from_db()
    assert place.name == "La tour de Planoise"


@pytest.mark.parametrize("kind", SNIPPETS)
def test_the_chooser_offers_their_quartier_only(as_other_animateur, records, kind):
    chooser = reverse(f"wagtailsnippetchoosers_memoire_{SNIPPETS[kind]}:choose")
    html = as_other_animateur.get(chooser).json()["html"]
    assert str(records["theirs"][kind]) in html
    assert str(records["ours"][kind]) not in html
    chosen = reverse(
        f"wagtailsnippetchoosers_memoire_{SNIPPETS[kind]}:chosen", args=[records["ours"][kind].pk]
    )
    assert_refused(as_other_animateur, as_other_animateur.get(chosen))


def test_an_animateur_adds_a_place_in_their_quartier_only(
    client, animateur, quartier, other_quartier
):
    client.force_login(animateur)
    html = client.get(url("place", "add")).content.decode()
    assert f'<option value="{quartier.pk}" selected>Planoise</option>' in html
    assert "Kérourien" not in html
    response = client.post(url("place", "add"), {"name": "Intrus", "quartier": other_quartier.pk})
    assert response.status_code == 200
    assert not MemoirePlace.objects.filter(name="Intrus").exists()
    response = client.post(
        url("place", "add"),
        {"name": "Le square des Tilleuls", "quartier": quartier.pk, "kind": "place"},
    )
    assert response.status_code == 302
    place = MemoirePlace.objects.get(name="Le square des Tilleuls")
    assert (place.quartier_id, place.slug) == (quartier.pk, "le-square-des-tilleuls")


def test_an_empty_name_is_refused_in_french(client, animateur, quartier):
    client.force_login(animateur)
    response = client.post(url("person", "add"), {"name": " ", "quartier": quartier.pk})
    assert response.status_code == 200
    assert "Champ requis." in response.content.decode()
    assert not MemoirePerson.objects.exists()


def test_two_places_of_the_same_name_get_their_own_address(quartier, other_quartier):
    first = MemoirePlaceFactory(quartier=quartier, name="Le marché")
    second = MemoirePlaceFactory(quartier=quartier, name="Le marché")
    elsewhere = MemoirePlaceFactory(quartier=other_quartier, name="Le marché")
    assert (first.slug, second.slug, elsewhere.slug) == ("le-marche", "le-marche-2", "le-marche")


def test_another_quartiers_archive_pages_are_refused(as_other_animateur, archive):
    item = MemoireItemPageFactory(parent=archive, title="Souvenir de Planoise")
    assert_refused(
        as_other_animateur,
        as_other_animateur.get(reverse("wagtailadmin_pages:edit", args=[item.pk])),
    )
    add = reverse("wagtailadmin_pages:add", args=["memoire", "memoireitempage", archive.pk])
    assert_refused(as_other_animateur, as_other_animateur.get(add))


def test_an_animateur_writes_in_their_own_archive(client, animateur, archive):
    client.force_login(animateur)
    add = reverse("wagtailadmin_pages:add", args=["memoire", "memoireitempage", archive.pk])
    response = client.get(add)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Par exemple : 1967, années 1960, vers 1975" in html
    add = reverse("wagtailadmin_pages:add", args=["memoire", "memoirecollectionpage", archive.pk])
    assert client.get(add).status_code == 200
