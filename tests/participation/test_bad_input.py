"""Bad input: a French message next to the field, nothing stored, what was typed kept."""

import struct
import zlib
from html import unescape

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.models import Page

from core.models import Contributor
from participation.factories import form_data, phone_photo
from participation.forms import started_token
from participation.models import Contribution

from .conftest import form_url, page_text

pytestmark = pytest.mark.django_db


def png_header(width, height):
    """A PNG that says it is width × height (its pixels are never read)."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def post(client, participer, **answers):
    defaults = {"title": "Mon titre", "text": "Mon texte, tapé avec soin."}
    return client.post(form_url(participer, "article"), form_data(**{**defaults, **answers}))


def nothing_stored(pages_before):
    return (
        Page.objects.count() == pages_before
        and not Contribution.objects.exists()
        and not Contributor.objects.exists()
        and mail.outbox == []
    )


@override_settings(PARTICIPATION_MAX_PHOTO_MB=1)
@pytest.mark.parametrize(
    ("photos", "message"),
    [
        ([upload("grosse.jpg", b"\xff\xd8" + b"0" * (1024 * 1024 + 10))], "le maximum est 1,0"),
        (
            [upload("facture.jpg", b"%PDF-1.4 une facture")],
            "n'est pas une photo que nous acceptons",
        ),
        (
            [upload("dessin.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml")],
            "n'est pas une photo que nous acceptons",
        ),
        ([upload("geante.png", png_header(20_000, 20_000), "image/png")], "a trop de pixels"),
        (
            [phone_photo(f"{number}.jpg") for number in range(7)],
            "Vous avez choisi 7 photos : 6 au plus.",
        ),
    ],
    ids=["30 Mo", "pdf renamed jpg", "svg", "20000x20000", "7 photos"],
)
def test_bad_photos_are_refused_next_to_the_field(client, participer, photos, message):
    pages = Page.objects.count()
    response = post(client, participer, photos=photos)
    assert response.status_code == 400
    html = page_text(response)
    errors = html.split('id="id_photos-erreurs"')[1].split("</ul>")[0]
    assert message in errors
    assert "Choisissez à nouveau vos photos" in html
    assert "Mon texte, tapé avec soin." in html
    assert nothing_stored(pages)


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"title": ""}, "title", "Champ requis."),
        (
            {"text": "Bonjour <script>alert(1)</script>"},
            "text",
            "Écrivez sans code HTML",
        ),
        ({"public_name": "<b>Fatou</b>"}, "public_name", "Écrivez sans code HTML"),
        ({"email": "fatou@"}, "email", "Cette adresse e-mail n'est pas complète."),
        ({"charter": ""}, "charter", "Cochez la case pour dire que vous êtes d'accord"),
    ],
    ids=["empty title", "script", "html name", "bad e-mail", "charter"],
)
def test_bad_answers_are_refused_next_to_the_field(client, participer, answers, field, message):
    pages = Page.objects.count()
    response = post(client, participer, **answers)
    assert response.status_code == 400
    html = unescape(response.content.decode())
    errors = html.split(f'id="id_{field}-erreurs"')[1].split("</ul>")[0]
    assert message in errors
    assert 'aria-invalid="true"' in html
    assert nothing_stored(pages)
    if "text" not in answers:
        assert "Mon texte, tapé avec soin." in html


def test_a_robot_filling_the_trap_sees_thanks_and_nothing_happens(client, participer):
    pages = Page.objects.count()
    response = post(client, participer, site_web="http://spam.example", email="bot@example.org")
    assert response.status_code == 302
    assert response.url.endswith("merci/")
    assert nothing_stored(pages)
    assert client.get(response.url).status_code == 200


@override_settings(PARTICIPATION_MIN_FILL_SECONDS=3)
def test_a_form_sent_too_fast_is_dropped_and_a_patient_one_is_kept(client, participer):
    pages = Page.objects.count()
    assert post(client, participer, started=started_token()).url.endswith("merci/")
    assert nothing_stored(pages)
    assert post(client, participer, started="forged").url.endswith("merci/")
    assert nothing_stored(pages)
    response = post(client, participer, started=started_token(at=0))
    assert "?suivi=" in response.url
    assert Contribution.objects.count() == 1


@override_settings(PARTICIPATION_RATE_LIMIT=2)
def test_more_than_the_limit_an_hour_is_refused(client, participer):
    assert post(client, participer).status_code == 302
    assert post(client, participer).status_code == 302
    response = post(client, participer)
    assert response.status_code == 429
    assert "beaucoup de contributions depuis une heure" in unescape(response.content.decode())
    assert Contribution.objects.count() == 2


def test_an_unknown_kind_is_a_404(client, participer):
    assert client.get(form_url(participer, "nimporte-quoi")).status_code == 404
