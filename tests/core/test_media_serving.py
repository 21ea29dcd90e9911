"""Media with SERVE_MEDIA on (`make run`): renditions only; documents through their view."""

import importlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches, reverse
from wagtail.models import Collection, CollectionViewRestriction

import portal.urls
from core.factories import RecordingFactory
from core.renditions import CARD
from images.factories import PortalImageFactory

pytestmark = pytest.mark.django_db


def rebuild_urls():
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.fixture
def media_served():
    """SERVE_MEDIA on. The URLconf is rebuilt under it, whenever portal.urls reads it."""
    with override_settings(SERVE_MEDIA=True):
        rebuild_urls()
        yield
    rebuild_urls()


def media_url(file):
    return f"{settings.MEDIA_URL}{file.name}"


def test_a_rendition_is_served_with_a_long_cache_lifetime(client, media_served):
    rendition = PortalImageFactory().get_rendition(CARD)
    assert rendition.url.startswith(f"{settings.MEDIA_URL}images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    with rendition.file.open("rb") as file:
        assert b"".join(response.streaming_content) == file.read()
    assert "max-age=31536000" in response["Cache-Control"]
    with override_settings(SERVE_MEDIA=False):
        assert client.get(rendition.url).status_code == 404


def test_originals_of_images_are_never_served(client, media_served):
    image = PortalImageFactory()
    assert Path(image.file.path).is_file()
    assert client.get(media_url(image.file)).status_code == 404
    assert client.get(f"{settings.MEDIA_URL}original_images/x.jpg").status_code == 404


def test_documents_are_served_only_through_their_view(client, media_served):
    document = RecordingFactory()
    assert Path(document.file.path).is_file()
    assert client.get(media_url(document.file)).status_code == 404
    assert client.get(f"{settings.MEDIA_URL}documents/x.pdf").status_code == 404
    response = client.get(document.url)
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"OggS fake sound"


def test_a_private_collection_s_document_is_refused(client, media_served):
    private = Collection.get_first_root_node().add_child(name="Réservé aux animateurs")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = RecordingFactory(collection=private)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response.url == f"{reverse('wagtailcore_login')}?next={document.url}"
    assert client.get(media_url(document.file)).status_code == 404


def test_documents_are_served_by_the_view_even_on_object_storage():
    # "redirect" or "direct" would hand out the file's own address, past the privacy rules.
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_stored_names_cannot_be_guessed():
    first, second = (
        PortalImageFactory(title="Fatou au marché", file__filename="fatou-marche.JPG")
        for _ in range(2)
    )
    names = [first.file.name, second.file.name]
    assert names[0] != names[1]
    for image in (first, second):
        stored = Path(image.file.name)
        assert stored.parent.name == "original_images"
        assert re.fullmatch(r"[0-9a-f]{32}\.jpg", stored.name), stored.name
        rendition = Path(image.get_rendition(CARD).file.name).name
        assert rendition.startswith(stored.stem[:20]), rendition
        assert "fatou" not in rendition
        assert "marche" not in rendition
