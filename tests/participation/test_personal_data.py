"""On behalf of a resident; a contributor's data exported, then forgotten everywhere."""

import json
from html import unescape
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from core.factories import ContributorFactory
from gazette.models import ArticlePage
from participation.factories import form_data, phone_photo
from participation.models import Contribution

from .conftest import approve, form_url

pytestmark = pytest.mark.django_db

EMAIL = "fatou.diallo@example.org"


def send(client, participer, **answers):
    defaults = {"title": "Le marché", "text": "Le samedi matin.", "email": EMAIL}
    return client.post(form_url(participer, "article"), form_data(**{**defaults, **answers}))


def test_an_animateur_enters_a_contribution_for_a_resident(client, participer, animateur, quartier):
    client.force_login(animateur)
    form = unescape(client.get(form_url(participer, "article")).content.decode())
    assert "Je saisis cette contribution pour un habitant rencontré en atelier." in form
    refused = send(client, participer, for_resident="on")
    assert refused.status_code == 400
    assert "Sans l'accord de l'habitant" in unescape(refused.content.decode())
    known = ContributorFactory(quartier=quartier, name="Mme Roux")
    response = send(
        client, participer, for_resident="on", oral_consent="on", known_contributor=known.pk
    )
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.entered_by == animateur
    assert contribution.oral_consent
    assert contribution.contributor == known
    assert not contribution.page.live


def test_residents_do_not_see_the_workshop_questions(client, participer):
    form = client.get(form_url(participer, "article")).content.decode()
    assert "for_resident" not in form


def test_export_writes_everything_held(client, participer, tmp_path):
    send(client, participer, photos=[phone_photo()])
    output = tmp_path / "export.json"
    call_command("export_contributor", EMAIL, "--output", str(output), stdout=StringIO())
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["contributeurs"][0]["nom_public"] == "Fatou"
    assert data["contributions"][0]["titre"] == "Le marché"
    assert data["contributions"][0]["photos_en_attente"] == 1


def test_forgetting_leaves_no_trace_of_the_address(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send(client, participer, title="Publié")
    send(client, participer, title="En attente", photos=[phone_photo()])
    with django_capture_on_commit_callbacks(execute=True):
        approve(Contribution.objects.get(title="Publié"), animateur)
    # The published one already forgot the address; the pending one still holds it.
    assert EMAIL in dump()
    mail.outbox.clear()
    call_command("forget_contributor", EMAIL, stdout=StringIO())
    assert EMAIL not in dump()
    assert "fatou.diallo" not in dump()
    article = ArticlePage.objects.get(title="Publié")
    assert article.live
    assert [author.name for author in article.authors] == ["Fatou"]
    withdrawn = Contribution.objects.get(title="En attente")
    assert withdrawn.status == Contribution.Status.REJECTED
    assert not ArticlePage.objects.filter(title="En attente").exists()
    assert mail.outbox == []


def test_forgetting_with_anonymising_renames_the_credit(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send(client, participer, title="Publié", photos=[phone_photo()])
    with django_capture_on_commit_callbacks(execute=True):
        approve(Contribution.objects.get(), animateur)
    call_command("forget_contributor", EMAIL, "--anonymiser", stdout=StringIO())
    article = ArticlePage.objects.get(title="Publié")
    assert [author.name for author in article.authors] == ["Un habitant"]
    photo = next(block for block in article.body if block.block_type == "photo")
    assert photo.value["image"].credit == "Un habitant"


def dump():
    output = StringIO()
    call_command("dumpdata", stdout=output)
    return output.getvalue()
