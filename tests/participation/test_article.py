"""A resident writes an article: draft in the workflow, approved or not retained, told."""

from html import unescape

import pytest
from django.core import mail
from django.core.files.storage import storages
from django.urls import reverse
from PIL import Image
from wagtail.models import Page, TaskState

from core.models import Contributor
from gazette.models import ArticlePage, GazetteIndexPage
from participation.factories import form_data, phone_photo
from participation.models import Contribution, ContributionPhoto

from .conftest import approve, form_url, reject

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def send_article(client, participer, photos=(), **answers):
    defaults = {
        "title": "La fête des voisins",
        "text": "Toute la rue a mangé dehors.\n\nIl y avait des crêpes et de la musique.",
        "email": "fatou@example.org",
    }
    data = form_data(**{**defaults, **answers})
    if photos:
        data["photos"] = list(photos)
    return client.post(form_url(participer, "article"), data)


def private_files():
    storage = storages["private"]
    try:
        _folders, files = storage.listdir("contributions")
    except FileNotFoundError:
        return []
    return files


def test_the_page_offers_plain_choices(client, participer):
    html = client.get(participer.url).content.decode()
    assert "Écrire un article" in html
    assert "Pas besoin de compte" in html
    form = client.get(form_url(participer, "article")).content.decode()
    for label in ("Le titre de votre article", "Votre texte", "Votre nom sur le site"):
        assert label in unescape(form)
    assert 'type="file"' in form
    assert "multiple" in form


def test_an_article_becomes_a_draft_in_the_quartiers_workflow(
    client, participer, quartier, animateur, other_animateur, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send_article(client, participer, photos=[phone_photo(), phone_photo("b.jpg")])
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert response.url.endswith(f"merci/?suivi={contribution.token}")
    article = contribution.page.specific
    assert isinstance(article, ArticlePage)
    assert not article.live
    assert article.get_parent().pk == GazetteIndexPage.objects.child_of(quartier).get().pk
    assert article.chapo == "Toute la rue a mangé dehors."
    assert [author.name for author in article.authors] == ["Fatou"]
    assert contribution.photos.count() == 2
    # In "Awaiting your review" of this quartier's animateurs, and nobody else's.
    assert (
        TaskState.objects.reviewable_by(animateur)
        .filter(workflow_state__object_id=str(article.pk))
        .exists()
    )
    assert not TaskState.objects.reviewable_by(other_animateur).exists()
    # The resident is told where to follow it; the address is never in the page.
    assert len(mail.outbox) == 1
    assert contribution.token in mail.outbox[0].body
    assert "fatou@example.org" not in str(article.latest_revision.content)


def test_a_pending_contribution_is_nowhere_public(client, participer, quartier):
    send_article(client, participer)
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    for url in (gazette.url, gazette.url + "flux/", "/", quartier.url, "/sitemap.xml"):
        assert "La fête des voisins" not in client.get(url).content.decode(), url
    assert "La fête des voisins" not in client.get("/recherche/", {"q": "voisins"}).content.decode()
    article = Contribution.objects.get().page
    assert client.get(article.url).status_code == 404


def test_approval_publishes_credits_and_tells_the_resident(
    client, participer, quartier, animateur, django_capture_on_commit_callbacks
):
    send_article(client, participer, photos=[phone_photo(), phone_photo("b.jpg")])
    contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    contribution.refresh_from_db()
    article = ArticlePage.objects.get(pk=contribution.page_id)
    assert article.live
    assert contribution.status == Contribution.Status.PUBLISHED
    html = client.get(article.url).content.decode()
    assert "Fatou" in html
    assert "Il y avait des crêpes" in html
    gallery = [block for block in article.body if block.block_type == "gallery"]
    images = [photo["image"] for photo in gallery[0].value["photos"]]
    assert len(images) == 2
    assert {image.collection_id for image in images} == {quartier.collection_id}
    assert {image.credit for image in images} == {"Fatou"}
    assert private_files() == []
    assert "est publiée" in mail.outbox[-1].subject
    assert article.full_url in mail.outbox[-1].body
    assert contribution.email == ""
    status = client.get(participer.url + f"suivi/{contribution.token}/").content.decode()
    assert "Voir ma contribution sur le site" in status


def test_rejection_gives_the_reason_and_deletes_the_photos(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send_article(client, participer, photos=[phone_photo()])
    contribution = Contribution.objects.get()
    assert len(private_files()) == 1
    with django_capture_on_commit_callbacks(execute=True):
        reject(contribution, animateur, "Le texte parle d'une personne sans son accord.")
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.REJECTED
    assert private_files() == []
    assert not ContributionPhoto.objects.exclude(file="").exists()
    status = client.get(participer.url + f"suivi/{contribution.token}/")
    assert status["Cache-Control"].startswith("max-age=0")
    html = unescape(status.content.decode())
    assert "Pas retenue" in html
    assert "Le texte parle d'une personne sans son accord." in html
    assert "n'a pas été retenue" in mail.outbox[-1].subject


def test_a_status_link_belongs_to_its_quartier(client, participer, other_participer):
    send_article(client, participer)
    token = Contribution.objects.get().token
    assert client.get(participer.url + f"suivi/{token}/").status_code == 200
    assert client.get(other_participer.url + f"suivi/{token}/").status_code == 404
    assert client.get(participer.url + "suivi/pas-un-jeton/").status_code == 404


def test_photos_lose_their_location_and_keep_their_orientation(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send_article(client, participer, photos=[phone_photo(size=(80, 40), rotated=True)])
    stored = ContributionPhoto.objects.get()
    with stored.file.open("rb") as file, Image.open(file) as image:
        assert image.size == (40, 80)
        assert GPS_IFD not in image.getexif()
        assert not image.getexif()
    contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    article = ArticlePage.objects.get(pk=contribution.page_id)
    image = next(block for block in article.body if block.block_type == "photo").value["image"]
    with image.file.open("rb") as file, Image.open(file) as original:
        assert not original.getexif()
    rendition = image.get_rendition("fill-480x300")
    with rendition.file.open("rb") as file, Image.open(file) as copy:
        assert GPS_IFD not in copy.getexif()


def test_the_same_person_is_recognised_by_the_private_email(client, participer, quartier):
    send_article(client, participer)
    send_article(client, participer, title="Le marché du samedi")
    send_article(client, participer, title="Le jardin", email="")
    contributors = Contributor.objects.filter(quartier=quartier, name="Fatou")
    assert contributors.count() == 2
    assert Contribution.objects.values("contributor").distinct().count() == 2


def test_a_crash_half_way_leaves_nothing(participer, quartier, monkeypatch):

    from participation.factories import submitted_contribution

    def broken(*args, **kwargs):
        raise OSError("disk full")

    written = []
    original = ContributionPhoto.save

    def save_then_break(photo, *args, **kwargs):
        written.append(photo.file.name)
        if len(written) == 2:
            broken()
        return original(photo, *args, **kwargs)

    monkeypatch.setattr(ContributionPhoto, "save", save_then_break)
    pages, contributors = Page.objects.count(), Contributor.objects.count()
    with pytest.raises(OSError, match="disk full"):
        submitted_contribution(quartier, photos=3, title="Panne", text="Un texte.", email="a@b.fr")
    assert Page.objects.count() == pages
    assert Contributor.objects.count() == contributors
    assert not Contribution.objects.exists()
    assert private_files() == []
    assert mail.outbox == []


def test_the_animateurs_view_lists_their_quartiers_contributions(
    client, participer, other_participer, animateur, other_animateur
):
    send_article(client, participer, photos=[phone_photo()])
    send_article(client, other_participer, title="Le port de Brest")
    client.force_login(animateur)
    html = client.get(reverse("participation_pending")).content.decode()
    assert "La fête des voisins" in html
    assert "Le port de Brest" not in html
    photo = ContributionPhoto.objects.get()
    thumbnail = client.get(reverse("participation_photo", args=[photo.pk]))
    assert thumbnail.status_code == 200
    assert thumbnail["Content-Type"] == "image/jpeg"
    assert "no-store" in thumbnail["Cache-Control"]
    dashboard = unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "1 contribution d'habitant à relire" in dashboard


def test_another_quartiers_photo_is_refused(client, participer, other_animateur):
    from tests.refusals import assert_refused

    send_article(client, participer, photos=[phone_photo()])
    photo = ContributionPhoto.objects.get()
    client.force_login(other_animateur)
    assert_refused(client, client.get(reverse("participation_photo", args=[photo.pk])))
    assert_refused(client, client.post(reverse("participation_drop_photo", args=[photo.pk])))
    photo.refresh_from_db()
    assert photo.file


def test_an_animateur_drops_a_photo_before_approving(client, participer, animateur):
    send_article(client, participer, photos=[phone_photo(), phone_photo("b.jpg")])
    first = ContributionPhoto.objects.first()
    client.force_login(animateur)
    client.post(reverse("participation_drop_photo", args=[first.pk]))
    first.refresh_from_db()
    assert not first.file
    assert len(private_files()) == 1


def test_figures_for_funders(client, participer, animateur, django_capture_on_commit_callbacks):
    send_article(client, participer)
    send_article(
        client, participer, title="Deuxième", email="autre@example.org", public_name="Karim"
    )
    with django_capture_on_commit_callbacks(execute=True):
        approve(Contribution.objects.get(title="Deuxième"), animateur)
    client.force_login(animateur)
    response = client.get(reverse("participation_figures"), {"format": "csv"})
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "quartier;mois;reçues;publiées;pas retenues;personnes différentes"
    assert lines[1].startswith("Planoise;")
    assert lines[1].endswith(";2;1;0;2")


def test_reading_a_thumbnail_needs_no_public_url(participer, client):
    send_article(client, participer, photos=[phone_photo()])
    name = ContributionPhoto.objects.get().file.name
    assert client.get(f"/media/{name}").status_code == 404
    assert storages["private"].exists(name)
