"""An animateur works in their own quartier and nowhere else."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from images.factories import PortalImageFactory
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, animateur):
    client.force_login(animateur)
    return client


def page_urls(page):
    revision = page.latest_revision
    return {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
    }


def publish_form(page, title):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "city": page.city,
            "intro": rich_text("<p>Bienvenue.</p>"),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def test_animateur_reaches_the_admin(logged_in):
    assert logged_in.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.parametrize("view", ["edit", "history", "revision"])
def test_animateur_opens_admin_views_of_their_quartier(logged_in, quartier, view):
    assert logged_in.get(page_urls(quartier)[view]).status_code == 200


def test_animateur_can_publish_in_their_quartier(logged_in, quartier):
    response = logged_in.post(
        reverse("wagtailadmin_pages:edit", args=[quartier.pk]),
        publish_form(quartier, "Planoise, notre quartier"),
    )
    assert response.status_code == 302
    quartier.refresh_from_db()
    assert quartier.title == "Planoise, notre quartier"
    assert quartier.live
    assert not quartier.has_unpublished_changes


def test_animateur_has_add_edit_publish_and_lock_rights_in_their_quartier(animateur, quartier):
    section = quartier.get_children().live().first()
    assert section.permissions_for_user(animateur).can_add_subpage()
    permissions = quartier.permissions_for_user(animateur)
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert permissions.can_lock()


@pytest.mark.parametrize("view", ["edit", "preview", "history", "revision"])
def test_animateur_is_refused_in_another_quartier(logged_in, other_quartier, view):
    response = logged_in.get(page_urls(other_quartier)[view])
    assert "Kérourien" not in response.content.decode()
    assert_refused(logged_in, response)


def test_animateur_cannot_publish_in_another_quartier(logged_in, other_quartier):
    response = logged_in.post(
        reverse("wagtailadmin_pages:edit", args=[other_quartier.pk]),
        publish_form(other_quartier, "Piraté"),
    )
    assert_refused(logged_in, response)
    other_quartier.refresh_from_db()
    assert other_quartier.title == "Kérourien"
    assert not other_quartier.has_unpublished_changes


def test_animateur_page_permissions_stop_at_their_quartier(
    animateur, quartier, other_quartier, home
):
    for page in (other_quartier, home):
        permissions = page.permissions_for_user(animateur)
        assert not permissions.can_edit()
        assert not permissions.can_publish()
        assert not permissions.can_add_subpage()
        assert not permissions.can_lock()


def test_animateur_images_stay_in_their_collection(logged_in, animateur, quartier, other_quartier):
    own = PortalImageFactory(title="Chez nous", collection=quartier.collection)
    foreign = PortalImageFactory(title="Ailleurs", collection=other_quartier.collection)
    assert logged_in.get(reverse("wagtailimages:edit", args=[own.pk])).status_code == 200
    assert_refused(logged_in, logged_in.get(reverse("wagtailimages:edit", args=[foreign.pk])))
    listing = logged_in.get(reverse("wagtailimages:index")).content.decode()
    assert "Chez nous" in listing
    assert "Ailleurs" not in listing


def test_animateur_dashboard_shows_their_quartier_only(logged_in, quartier, other_quartier):
    html = logged_in.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="quartier-planoise' in html
    assert reverse("wagtailadmin_pages:edit", args=[quartier.pk]) in html
    section = quartier.get_children().first()
    assert reverse("wagtailadmin_pages:add_subpage", args=[section.pk]) in html
    assert "quartier-kerourien" not in html


def test_dashboard_has_no_quartier_panel_for_other_users(client, quartier, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="secret")
    client.force_login(admin)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="quartier-' not in html
