"""Images: WebP at two widths with a JPEG fallback, sizes given, never the first one lazy;
made ahead of visits by `warm_renditions`; a favicon."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from home.factories import QuartierPageFactory
from images.factories import PortalImageFactory

pytestmark = pytest.mark.django_db


def add_quartiers_with_photos(count, start=0):
    for number in range(start, start + count):
        QuartierPageFactory(title=f"Quartier {number}", photo=PortalImageFactory())


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def test_cards_are_pictures_with_webp_widths_and_a_jpeg_fallback(client, home):
    add_quartiers_with_photos(3)
    html = client.get(home.url).content.decode()
    found = pictures(html)
    assert len(found) == 3
    for picture in found:
        assert re.search(
            r'<source type="image/webp" srcset="[^"]+\.webp \d+w, [^"]+\.webp \d+w"', picture
        )
        assert 'sizes="' in picture
        assert re.search(r'<img [^>]*src="[^"]+\.(jpg|png)"', picture)
        assert re.search(r'width="\d+"', picture)
        assert re.search(r'height="\d+"', picture)


def test_the_first_image_is_never_lazy_the_others_are(client, home):
    add_quartiers_with_photos(3)
    first, *others = pictures(client.get(home.url).content.decode())
    assert 'fetchpriority="high"' in first
    assert 'loading="lazy"' not in first
    assert all('loading="lazy"' in picture for picture in others)


def test_more_pictures_take_no_more_queries(client, home):
    add_quartiers_with_photos(2)
    client.get(home.url)  # makes the renditions
    with CaptureQueriesContext(connection) as few:
        client.get(home.url)
    add_quartiers_with_photos(4, start=2)
    client.get(home.url)
    with CaptureQueriesContext(connection) as many:
        client.get(home.url)
    assert len(many) == len(few)


def test_warm_renditions_makes_the_images_pages_show_before_any_visit(home):
    add_quartiers_with_photos(2)
    renditions = get_image_model().get_rendition_model().objects
    assert not renditions.filter(filter_spec__endswith="format-webp").exists()

    out = io.StringIO()
    call_command("warm_renditions", stdout=out)

    specs = set(renditions.values_list("filter_spec", flat=True))
    assert {"fill-480x300", "fill-480x300|format-webp", "fill-960x600|format-webp"} <= specs
    assert "images créées" in out.getvalue()


def test_a_favicon_at_the_root_and_an_svg_icon_linked(client, home):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"
    assert 'rel="icon"' in client.get(home.url).content.decode()
