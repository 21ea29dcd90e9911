"""A resident reports a change in the directory; the animateurs accept or dismiss it."""

from html import unescape

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from annuaire.factories import ActorPageFactory
from annuaire.models import AnnuairePage
from participation.factories import form_data
from participation.models import Contribution, CorrectionRequest
from tests.refusals import assert_refused

from .conftest import form_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def caf(quartier):
    annuaire = AnnuairePage.objects.child_of(quartier).get()
    return ActorPageFactory(parent=annuaire, title="CAF de Planoise")


@pytest.fixture
def elsewhere(other_quartier):
    annuaire = AnnuairePage.objects.child_of(other_quartier).get()
    return ActorPageFactory(parent=annuaire, title="Mairie annexe de Kérourien")


def report(client, participer, **answers):
    defaults = {
        "message": "Le mardi, c'est fermé l'après-midi.",
        "topic": "opening_hours",
        "email": "karim@example.org",
    }
    return client.post(form_url(participer, "changement"), form_data(**{**defaults, **answers}))


def test_the_form_lists_the_quartiers_actors(client, participer, caf, elsewhere):
    html = unescape(client.get(form_url(participer, "changement")).content.decode())
    assert "CAF de Planoise" in html
    assert "Mairie annexe de Kérourien" not in html
    assert "Un nouveau lieu, qui n'est pas dans l'annuaire" in html
    assert "Horaires d'ouverture" in html


def test_a_change_becomes_a_request_not_a_page(client, participer, caf):
    response = report(client, participer, actor=caf.pk)
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.kind == "changement"
    assert contribution.page is None
    assert contribution.title == "Changement : CAF de Planoise"
    request = CorrectionRequest.objects.get()
    assert request.actor.pk == caf.pk
    assert request.topic == "opening_hours"
    assert not WorkflowState.objects.exists()


def test_another_quartiers_actor_cannot_be_named(client, participer, elsewhere):
    response = report(client, participer, actor=elsewhere.pk)
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_a_new_place_needs_its_name(client, participer):
    response = report(client, participer, actor="nouveau")
    assert response.status_code == 400
    assert "Donnez le nom du nouveau lieu." in unescape(response.content.decode())
    assert (
        report(client, participer, actor="nouveau", actor_name="Épicerie solidaire").status_code
        == 302
    )
    assert CorrectionRequest.objects.get().actor is None


def test_the_animateur_accepts_and_the_resident_is_told(
    client, participer, caf, animateur, django_capture_on_commit_callbacks
):
    report(client, participer, actor=caf.pk)
    contribution = Contribution.objects.get()
    client.force_login(animateur)
    html = client.get(reverse("participation_pending")).content.decode()
    assert "Le mardi, c&#x27;est fermé l&#x27;après-midi." in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("participation_accept", args=[contribution.pk]))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    status = unescape(client.get(participer.url + f"suivi/{contribution.token}/").content.decode())
    assert "Prise en compte" in status
    assert "C'est corrigé dans l'annuaire." in status
    assert mail.outbox[-1].to == ["karim@example.org"]


def test_dismissing_gives_the_reason(client, participer, caf, animateur):
    report(client, participer, actor=caf.pk)
    contribution = Contribution.objects.get()
    client.force_login(animateur)
    client.post(
        reverse("participation_dismiss", args=[contribution.pk]),
        {"reason": "Nous avons appelé : les horaires n'ont pas changé."},
    )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.REJECTED
    status = unescape(client.get(participer.url + f"suivi/{contribution.token}/").content.decode())
    assert "Nous avons appelé : les horaires n'ont pas changé." in status


def test_another_quartiers_animateur_cannot_decide(client, participer, caf, other_animateur):
    report(client, participer, actor=caf.pk)
    contribution = Contribution.objects.get()
    client.force_login(other_animateur)
    assert_refused(client, client.post(reverse("participation_accept", args=[contribution.pk])))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
