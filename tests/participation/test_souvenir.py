"""A resident shares a photo or a memory: a draft memory of the quartier's archive."""

from html import unescape

import pytest

from images.models import PeopleConsent
from memoire.models import MemoireIndexPage, MemoireItemPage
from memoire.models.item import ItemKind
from participation.factories import form_data, phone_photo
from participation.models import Contribution

from .conftest import approve, form_url

pytestmark = pytest.mark.django_db


def share(client, participer, **answers):
    defaults = {"title": "Le marché en 1975", "when": "vers 1975", "where": "la place du marché"}
    return client.post(form_url(participer, "souvenir"), form_data(**{**defaults, **answers}))


def test_the_choice_is_offered(client, participer):
    assert "Partager une photo ou un souvenir" in client.get(participer.url).content.decode()


def test_an_unreadable_date_is_refused_with_examples(client, participer):
    response = share(client, participer, when="vers l'an dernier", text="Un souvenir.")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    errors = html.split('id="id_when-erreurs"')[1].split("</ul>")[0]
    assert "vers 1975" in errors or "1967" in errors
    assert not Contribution.objects.exists()


def test_people_named_need_their_agreement(client, participer):
    response = share(client, participer, text="Ma grand-mère au marché.", who="Mme Roux")
    assert response.status_code == 400
    assert "dites si ces personnes sont d'accord" in unescape(response.content.decode())
    response = share(
        client,
        participer,
        text="Ma grand-mère au marché.",
        who="Mme Roux",
        people=PeopleConsent.CONSENTED,
    )
    assert response.status_code == 302


def test_a_photo_or_a_text_is_needed(client, participer):
    response = share(client, participer)
    assert response.status_code == 400
    assert "Envoyez au moins une photo ou racontez votre souvenir." in unescape(
        response.content.decode()
    )


def test_a_photo_becomes_a_memory_once_approved(
    client, participer, quartier, animateur, django_capture_on_commit_callbacks
):
    response = share(client, participer, photos=[phone_photo()])
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    item = contribution.page.specific
    assert isinstance(item, MemoireItemPage)
    assert item.get_parent().pk == MemoireIndexPage.objects.child_of(quartier).get().pk
    assert not item.live
    assert item.date_start.year < 1975 < item.date_end.year
    archive = MemoireIndexPage.objects.child_of(quartier).get()
    assert "Le marché en 1975" not in client.get(archive.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    item = MemoireItemPage.objects.get(pk=item.pk)
    assert item.live
    assert item.kind == ItemKind.PHOTO
    assert item.first_photo is not None
    assert item.first_photo.credit == "Fatou"
    assert "Le marché en 1975" in client.get(archive.url).content.decode()
