"""Pages for anonymous visitors come from the shared cache, and go when what they show changes."""

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.page_cache import static_release
from home.factories import QuartierPageFactory
from images.factories import PortalImageFactory
from participation.models import ParticipationPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def fetch(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code in (200, 304), url
    return response


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


def rename(page, title):
    page.title = title
    page.save_revision().publish()


def test_a_second_visit_is_served_from_the_cache_without_a_query(client, quartier):
    first = fetch(client, quartier.url)
    with CaptureQueriesContext(connection) as queries:
        second = fetch(client, quartier.url)
    assert not is_hit(first)
    assert is_hit(second)
    assert len(queries) == 0
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "must-revalidate" in second["Cache-Control"]


def test_a_revisit_with_the_etag_gets_304(client, quartier):
    first = fetch(client, quartier.url)
    assert first.has_header("ETag")
    assert first.has_header("Last-Modified")
    again = fetch(client, quartier.url, if_none_match=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_publishing_a_page_drops_its_quartier_and_the_portal_but_not_other_quartiers(
    client, home, quartier
):
    other = QuartierPageFactory(title="Kérourien", city="Brest")
    for url in (home.url, quartier.url, other.url):
        fetch(client, url)

    rename(quartier, "Planoise-Châteaufarine")

    assert "Planoise-Châteaufarine" in fetch(client, quartier.url).content.decode()
    assert not is_hit(fetch(client, home.url))
    assert is_hit(fetch(client, other.url))


def test_unpublishing_a_section_drops_its_quartier_pages(client, quartier):
    section = quartier.get_children().live().first().specific
    fetch(client, quartier.url)
    assert section.title in fetch(client, quartier.url).content.decode()

    section.unpublish()

    response = fetch(client, quartier.url)
    assert not is_hit(response)
    assert f'href="{section.url}"' not in response.content.decode()


def test_moving_and_deleting_a_page_drop_the_pages_of_both_quartiers(client, quartier):
    other = QuartierPageFactory(title="Kérourien", city="Brest")
    section = quartier.get_children().live().first()
    fetch(client, quartier.url)
    fetch(client, other.url)

    section.delete()

    assert not is_hit(fetch(client, quartier.url))
    assert is_hit(fetch(client, other.url))


def test_a_new_image_or_its_file_size_drops_nothing(client, home, quartier):
    fetch(client, home.url)
    fetch(client, quartier.url)

    image = PortalImageFactory()
    image.file_size = None
    image.save(update_fields=["file_size"])
    image.get_file_size()  # Wagtail records it on first use

    assert is_hit(fetch(client, home.url))
    assert is_hit(fetch(client, quartier.url))


@pytest.mark.parametrize("change", ["edit", "delete"])
def test_a_changed_or_deleted_image_drops_every_page(client, home, quartier, change):
    image = PortalImageFactory()
    fetch(client, home.url)
    fetch(client, quartier.url)

    if change == "edit":
        image.description = "La place du marché, un samedi matin."
        image.save()
    else:
        image.delete()

    assert not is_hit(fetch(client, home.url))
    assert not is_hit(fetch(client, quartier.url))


def test_logged_in_users_get_fresh_pages_never_kept(client, admin_user, quartier):
    client.force_login(admin_user)
    fetch(client, quartier.url)
    response = fetch(client, quartier.url)
    assert not is_hit(response)
    client.logout()
    client.cookies.clear()
    assert not is_hit(fetch(client, quartier.url))


def test_a_page_with_a_form_and_its_csrf_token_is_never_kept(client, quartier):
    participer = ParticipationPage.objects.child_of(quartier).get()
    url = participer.url + participer.reverse_subpage("form", args=["article"])
    client.get(url)
    client.cookies.clear()
    response = client.get(url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not is_hit(response)


def test_pages_are_not_kept_when_the_cache_is_off(client, settings, quartier):
    settings.PAGE_CACHE_SECONDS = 0
    fetch(client, quartier.url)
    assert not is_hit(fetch(client, quartier.url))


def test_a_new_release_of_the_static_files_reads_no_page_kept_by_the_last(client, quartier):
    fetch(client, quartier.url)
    assert is_hit(fetch(client, quartier.url))

    release = staticfiles_storage._wrapped.__dict__.get("manifest_hash")
    staticfiles_storage._wrapped.manifest_hash = "a-new-release"
    static_release.cache_clear()
    try:
        fresh = fetch(client, quartier.url)
    finally:
        if release is None:
            del staticfiles_storage._wrapped.manifest_hash
        else:
            staticfiles_storage._wrapped.manifest_hash = release
        static_release.cache_clear()

    assert not is_hit(fresh)
    assert is_hit(fetch(client, quartier.url))  # back on the first release, its pages are there
