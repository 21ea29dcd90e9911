"""A resident proposes an event: a draft in the quartier's agenda, published once approved."""

import datetime
from html import unescape

import pytest
from django.utils import timezone

from events.models import AgendaPage, EventPage
from participation.factories import form_data
from participation.models import Contribution

from .conftest import approve, form_url

pytestmark = pytest.mark.django_db


def propose(client, participer, **answers):
    next_week = timezone.localdate() + datetime.timedelta(days=7)
    defaults = {
        "title": "Repas partagé rue des Lilas",
        "day": next_week.isoformat(),
        "start_time": "12:00",
        "end_time": "15:00",
        "place": "Square des Lilas",
        "description": "Chacun apporte un plat.\n\nOn mange dehors s'il fait beau.",
        "organiser": "Les voisins des Lilas",
        "free": "oui",
    }
    return client.post(form_url(participer, "evenement"), form_data(**{**defaults, **answers}))


def errors_of(response, field):
    html = unescape(response.content.decode())
    return html.split(f'id="id_{field}-erreurs"')[1].split("</ul>")[0]


def test_a_date_in_the_past_is_refused(client, participer):
    response = propose(client, participer, day="2020-01-01")
    assert response.status_code == 400
    assert "Cette date est passée." in errors_of(response, "day")
    assert not Contribution.objects.exists()


def test_an_end_before_the_start_is_refused(client, participer):
    response = propose(client, participer, end_time="11:00")
    assert response.status_code == 400
    assert "La fin doit venir après le début." in errors_of(response, "end_time")


def test_free_or_not_must_be_said(client, participer):
    response = propose(client, participer, free="")
    assert "Dites si c'est gratuit ou payant." in errors_of(response, "free")


def test_an_event_waits_in_the_agenda_then_appears(
    client, participer, quartier, animateur, django_capture_on_commit_callbacks
):
    assert propose(client, participer).status_code == 302
    contribution = Contribution.objects.get()
    event = contribution.page.specific
    assert isinstance(event, EventPage)
    assert not event.live
    assert timezone.localtime(event.start).hour == 12
    agenda = AgendaPage.objects.child_of(quartier).get()
    assert "Repas partagé" not in client.get(agenda.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    assert EventPage.objects.get(pk=event.pk).live
    assert "Repas partagé" in client.get(agenda.url).content.decode()
