"""The PDF of the print edition: what WeasyPrint may read, and when the cached PDF is redone."""

import base64
import io

import pytest
from django.conf import settings
from pypdf import PdfReader

from core.blocks import photo_data
from gazette.print_edition import LocalFilesOnly, read_local, url_fetcher

pytestmark = pytest.mark.django_db

# A 1×1 transparent PNG.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(page.extract_text() for page in reader.pages)


# The cached PDF follows its images.


def test_pdf_drops_the_old_credit_when_a_photo_changes(
    client, make_article, make_issue, make_image
):
    photo = make_image(title="Le jardin partagé", credit="Studio Dupont")
    pictured = make_image(title="Les semis", credit="Lina T.")
    gallery = make_image(title="La récolte", credit="Atelier Photo Nord")
    body = [
        {"type": "photo", "value": photo_data(photo.pk, "Le jardin au printemps.")},
        {
            "type": "gallery",
            "value": {
                "title": "La saison",
                "photos": [photo_data(pictured.pk, "Semis."), photo_data(gallery.pk, "Récolte.")],
            },
        },
    ]
    issue = make_issue([make_article(title="Le jardin partagé", body=body)], number=4)
    url = issue.url + "imprimer/pdf/"
    before = pdf_text(client.get(url))
    assert "Studio Dupont" in before
    assert "Atelier Photo Nord" in before

    photo.credit = "Collectif Clic"
    photo.save()
    after = pdf_text(client.get(url))
    assert "Studio Dupont" not in after
    assert "Collectif Clic" in after

    gallery.credit = "Maison de quartier"
    gallery.save()
    after = pdf_text(client.get(url))
    assert "Atelier Photo Nord" not in after
    assert "Maison de quartier" in after


def test_pdf_drops_a_deleted_photo(client, make_article, make_issue, make_image):
    photo = make_image(title="La fête de l'école", credit="Archives Lemoine")
    cover = make_image(title="La place du marché", credit="Photo Club Sud")
    body = [{"type": "photo", "value": photo_data(photo.pk, "La fête.")}]
    issue = make_issue([make_article(title="La fête", body=body)], number=6, cover=cover)
    url = issue.url + "imprimer/pdf/"
    before = pdf_text(client.get(url))
    assert "Archives Lemoine" in before
    assert "Photo Club Sud" in before

    photo.delete()
    cover.delete()
    after = pdf_text(client.get(url))
    assert "Archives Lemoine" not in after
    assert "Photo Club Sud" not in after
    assert "La fête" in after


def test_pdf_is_cached_until_one_of_its_images_changes(
    client, make_article, make_issue, make_image, monkeypatch
):
    import gazette.models.issue as issue_module

    calls = []
    monkeypatch.setattr(
        issue_module, "render_pdf", lambda html, base_url: calls.append(html) or b"%PDF-1.7"
    )
    photo = make_image(credit="Karim B.")
    body = [{"type": "photo", "value": photo_data(photo.pk, "Le marché.")}]
    issue = make_issue([make_article(body=body)], number=2, cover=make_image())
    url = issue.url + "imprimer/pdf/"
    client.get(url)
    client.get(url)
    assert len(calls) == 1
    photo.people = "sans-accord"
    photo.save()
    client.get(url)
    assert len(calls) == 2


# What WeasyPrint may read: one rule, in `read_local`, applied by the fetcher.

REFUSED = [
    "file:///etc/passwd",
    "file:///static/css/print-edition.css",
    "ftp://testserver/static/css/print-edition.css",
    "https://example.org/image.png",
    "http://other-host/static/css/print-edition.css",
    "http://user@testserver/static/css/print-edition.css",
    "http://testserver/media/../secret_key",
    "http://testserver/media/%2e%2e/portal/settings/base.py",
    "http://testserver/media//etc/passwd",
    "http://testserver/media/./original_images/photo.jpg",
    "http://testserver/static/../portal/settings/base.py",
    "http://testserver/static/css/../../portal/settings/base.py",
    "http://testserver/admin/",
    "http://testserver/",
    "http://testserver/recherche/?q=/static/css/print-edition.css",
    "/static/css/print-edition.css",
    "//testserver/static/css/print-edition.css",
    "javascript:alert(1)",
]


@pytest.fixture
def site_hosts(settings):
    """The hosts of this site, as production lists them (the test settings accept any)."""
    settings.ALLOWED_HOSTS = ["testserver", ".example.net"]


def fetched(url):
    """What the print edition's fetcher gives for `url`: its bytes, or the refusal."""
    try:
        return url_fetcher().fetch(url).read()
    except LocalFilesOnly:
        return LocalFilesOnly


def test_the_fetcher_serves_data_and_the_sites_files_and_refuses_the_rest(site_hosts, make_image):
    image = make_image()
    with image.file.open("rb") as file:
        image_bytes = file.read()
    css = (settings.BASE_DIR / "static/css/print-edition.css").read_bytes()
    data_url = "data:image/png;base64," + base64.b64encode(PIXEL).decode()
    served = {
        "data:text/plain,Bonjour%20le%20quartier": b"Bonjour le quartier",
        data_url: PIXEL,
        "http://testserver/static/css/print-edition.css": css,
        "https://testserver/static/css/print-edition.css?v=2#top": css,
        "http://planoise.example.net:8000/static/css/print-edition.css": css,
        f"http://testserver{image.file.url}": image_bytes,
    }
    expected = {**served, **dict.fromkeys(REFUSED, LocalFilesOnly)}
    assert {url: fetched(url) for url in expected} == expected
    # The fetcher applies the rule of `read_local`, the same exception included.
    for url in REFUSED:
        with pytest.raises(LocalFilesOnly):
            read_local(url)

    assert url_fetcher().fetch(f"http://testserver{image.file.url}").content_type == "image/jpeg"
    assert url_fetcher().fetch(data_url).content_type == "image/png"
