import pytest

from gazette.models import Contributor

pytestmark = pytest.mark.django_db


def test_animateur_cannot_edit_another_quartiers_article(
    client, animateur, make_article, other_gazette
):
    elsewhere = make_article(parent=other_gazette)
    assert not elsewhere.permissions_for_user(animateur).can_edit()
    client.force_login(animateur)
    response = client.get(f"/admin/pages/{elsewhere.pk}/edit/")
    assert response.status_code in (302, 403)
    assert client.get(f"/admin/pages/{other_gazette.pk}/add_subpage/").status_code in (302, 403)


def test_animateur_edits_and_writes_articles_in_their_own_gazette(
    client, animateur, make_article, gazette
):
    article = make_article()
    assert article.permissions_for_user(animateur).can_edit()
    client.force_login(animateur)
    assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/add/gazette/articlepage/{gazette.pk}/")
    assert response.status_code == 200


def test_animateurs_may_add_contributors_and_choose_rubriques(animateur):
    assert animateur.has_perm("gazette.add_contributor")
    assert animateur.has_perm("gazette.view_rubrique")
    assert not animateur.has_perm("gazette.add_rubrique")
    assert not animateur.has_perm("gazette.delete_contributor")


def test_animateur_creates_a_contributor_in_the_admin(client, animateur):
    client.force_login(animateur)
    response = client.post("/admin/snippets/gazette/contributor/add/", {"name": "Mamadou K."})
    assert response.status_code == 302
    assert Contributor.objects.filter(name="Mamadou K.").exists()


def test_contributor_form_rejects_an_empty_name(client, animateur):
    client.force_login(animateur)
    response = client.post("/admin/snippets/gazette/contributor/add/", {"name": "  "})
    assert response.status_code == 200
    assert not Contributor.objects.exists()


def test_provisioning_again_brings_what_a_newer_app_adds(quartier):
    """A quartier created before the gazette landed gets its section and rights."""
    from home.provisioning import provision_quartier

    group = quartier.animateurs_group
    group.permissions.remove(*group.permissions.filter(content_type__app_label="gazette"))
    quartier.get_children().delete()
    assert not quartier.get_children().exists()

    provision_quartier(quartier)
    gazette = quartier.get_children().get()
    assert gazette.slug == "gazette"
    assert gazette.live
    assert group.permissions.filter(codename="add_contributor").exists()
    assert group.permissions.filter(codename="view_rubrique").exists()
