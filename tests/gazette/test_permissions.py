import pytest
from django.urls import reverse

from core.models import Contributor
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db


def test_animateur_is_refused_another_quartiers_article(
    client, animateur, make_article, other_gazette
):
    elsewhere = make_article(parent=other_gazette)
    assert not elsewhere.permissions_for_user(animateur).can_edit()
    client.force_login(animateur)
    assert_refused(client, client.get(reverse("wagtailadmin_pages:edit", args=[elsewhere.pk])))
    assert_refused(
        client, client.get(reverse("wagtailadmin_pages:add_subpage", args=[other_gazette.pk]))
    )


def test_animateur_edits_and_writes_articles_in_their_own_gazette(
    client, animateur, make_article, gazette
):
    article = make_article()
    assert article.permissions_for_user(animateur).can_edit()
    client.force_login(animateur)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).status_code == 200
    add_url = reverse("wagtailadmin_pages:add", args=["gazette", "articlepage", gazette.pk])
    assert client.get(add_url).status_code == 200


def test_animateurs_may_add_contributors_and_choose_rubriques(animateur):
    assert animateur.has_perm("core.add_contributor")
    assert animateur.has_perm("gazette.view_rubrique")
    assert not animateur.has_perm("gazette.add_rubrique")
    assert not animateur.has_perm("core.delete_contributor")


def test_animateur_creates_a_contributor_in_the_admin(client, animateur, quartier):
    client.force_login(animateur)
    response = client.post(
        reverse("wagtailsnippets_core_contributor:add"),
        {"name": "Mamadou K.", "quartier": quartier.pk},
    )
    assert response.status_code == 302
    assert Contributor.objects.filter(name="Mamadou K.", quartier=quartier).exists()


def test_contributor_form_rejects_an_empty_name(client, animateur, quartier):
    client.force_login(animateur)
    response = client.post(
        reverse("wagtailsnippets_core_contributor:add"), {"name": "  ", "quartier": quartier.pk}
    )
    assert response.status_code == 200
    assert "Champ requis." in response.content.decode()
    assert not Contributor.objects.exists()
