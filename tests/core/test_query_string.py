"""A NUL character in a query string is a 404 (PostgreSQL refuses them: it was a 500)."""

import pytest
from wagtail.models import Page

from home.models import QuartierPage

pytestmark = pytest.mark.django_db

NUL = "%00"


def section_url(quartier, slug):
    return Page.objects.child_of(quartier).get(slug=slug).url


def test_a_nul_in_any_filter_is_a_404_not_a_500(client, quartier):
    urls = [
        f"{section_url(quartier, 'gazette')}?rubrique={NUL}",
        f"{section_url(quartier, 'gazette')}?tag=a{NUL}b",
        f"{section_url(quartier, 'agenda')}?type={NUL}",
        f"{section_url(quartier, 'annuaire')}?besoin={NUL}",
        f"{section_url(quartier, 'memoire')}?lieu={NUL}",
        f"{section_url(quartier, 'participer')}merci/?suivi={NUL}",
        f"/recherche/?q=atelier&quartier={NUL}",
        f"/recherche/?q={NUL}",
        f"/?{NUL}=1",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page introuvable" in response.content.decode(), url


def test_the_same_addresses_without_nul_still_answer(client, quartier):
    assert isinstance(quartier, QuartierPage)
    assert client.get(f"{section_url(quartier, 'gazette')}?page=1").status_code == 200
    assert client.get(f"/recherche/?q=atelier&quartier={quartier.slug}").status_code == 200
