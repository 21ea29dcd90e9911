"""The admin's looser Content-Security-Policy on admin URLs only, whoever is logged in."""

import pytest
from django.urls import reverse

from portal.middleware import ADMIN_POLICY, PUBLIC_POLICY

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="secret")


def test_a_logged_in_superuser_gets_the_admin_policy_on_admin_urls_only(
    client, superuser, quartier
):
    client.force_login(superuser)
    response = client.get(quartier.url)
    assert response.status_code == 200
    # The user bar is there, and works under the strict policy (tests/e2e/test_admin_csp.py).
    assert "wagtail-userbar" in response.text
    assert response["Content-Security-Policy"] == PUBLIC_POLICY
    assert "script-src 'self'" in response["Content-Security-Policy"]

    admin = client.get(reverse("wagtailadmin_home"))
    assert admin.status_code == 200
    assert admin["Content-Security-Policy"] == ADMIN_POLICY

    # A preview is an admin URL (the preview panel's frame: tests/e2e/test_admin_csp.py).
    preview = client.get(
        reverse(
            "wagtailadmin_pages:revisions_view", args=[quartier.pk, quartier.latest_revision.pk]
        )
    )
    assert preview.status_code == 200
    assert "Cyber-base Planoise" in preview.text
    assert preview["Content-Security-Policy"] == ADMIN_POLICY


def test_an_animateur_gets_the_strict_policy_on_public_pages(client, animateur, quartier):
    client.force_login(animateur)
    assert client.get(quartier.url)["Content-Security-Policy"] == PUBLIC_POLICY
    assert client.get("/recherche/", {"q": "jardin"})["Content-Security-Policy"] == PUBLIC_POLICY


def test_only_wagtail_s_admin_prefix_is_admin(client, home):
    # The former /django-admin/ prefix is no admin of this site: a public 404.
    response = client.get("/django-admin/")
    assert response.status_code == 404
    assert response["Content-Security-Policy"] == PUBLIC_POLICY
