"""From event to memory: an animateur turns a past event's photos into draft memory items in
one step (date, place and event carried over; consent still checked when publishing)."""

import datetime
from html import unescape

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from core.blocks import photo_data
from core.stream import stream_images
from images.models import PeopleConsent
from memoire.models import ItemKind, MemoireItemPage, MemoirePlace
from tests.refusals import assert_refused

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not apps.is_installed("events"), reason="the agenda is not installed"),
]


def on(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))


@pytest.fixture
def event(quartier, make_image):
    from events.factories import EventPageFactory
    from events.models import AgendaPage

    agenda = AgendaPage.objects.child_of(quartier).get()
    dancing = make_image(title="Le bal sur la place", people=PeopleConsent.CONSENTED)
    crowd = make_image(title="La foule", people=PeopleConsent.NOT_CONSENTED)
    return EventPageFactory(
        parent=agenda,
        title="La fête des voisins",
        start=on(datetime.date(2010, 3, 12)),
        end=on(datetime.date(2010, 3, 12)) + datetime.timedelta(hours=3),
        place="La place du marché",
        body=[
            {"type": "photo", "value": photo_data(dancing.pk, "Le bal")},
            {"type": "photo", "value": photo_data(crowd.pk, "La foule")},
        ],
    )


def url(event):
    return reverse("memoire_from_event", args=[event.pk])


def test_the_event_offers_to_keep_it_in_memory(client, animateur, event):
    client.force_login(animateur)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert url(event) in edit
    html = unescape(client.get(url(event)).content.decode())
    assert "Le bal sur la place" in html
    assert 'value="12 mars 2010"' in html
    assert 'value="La place du marché"' in html
    assert "personnes sans accord : on ne pourra pas la publier" in html


def test_its_photos_become_draft_memories_in_one_step(client, animateur, event, archive):
    client.force_login(animateur)
    photos = [image.pk for image in stream_images(event.body)]
    response = client.post(
        url(event),
        {"photos": photos, "date_text": "12 mars 2010", "place": "La place du marché"},
    )
    assert response.status_code == 302
    items = list(MemoireItemPage.objects.child_of(archive).order_by("title"))
    assert [item.title for item in items] == ["La fête des voisins (1)", "La fête des voisins (2)"]
    place = MemoirePlace.objects.get(name="La place du marché")
    for item in items:
        assert not item.live
        assert item.kind == ItemKind.PHOTO
        assert item.date_start == datetime.date(2010, 3, 12)
        assert item.place == place
        assert item.source == "Agenda du quartier : « La fête des voisins »"
        assert item.first_photo_id
    # Consent is checked when publishing: the crowd's photo cannot be approved.
    crowd = next(item for item in items if item.first_photo.title == "La foule")
    state = crowd.get_workflow().start(crowd, animateur)
    actions = state.current_task_state.task.specific.get_actions(crowd, animateur)
    assert [name for name, _label, _data in actions] == ["reject"]


def test_a_bad_date_is_refused_and_nothing_is_made(client, animateur, event, archive):
    client.force_login(animateur)
    response = client.post(
        url(event),
        {
            "photos": [image.pk for image in stream_images(event.body)],
            "date_text": "vers l'an dernier",
        },
    )
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "cette date n'est pas comprise" in html
    assert not MemoireItemPage.objects.exists()


def test_another_quartiers_animateur_is_refused(client, other_animateur, event):
    client.force_login(other_animateur)
    assert_refused(client, client.get(url(event)))
    assert_refused(client, client.post(url(event), {"date_text": "1975"}))
    assert not MemoireItemPage.objects.exists()


def test_a_future_event_is_not_a_memory_yet(client, animateur, event):
    event.start = timezone.now() + datetime.timedelta(days=3)
    event.end = event.start + datetime.timedelta(hours=2)
    event.save()
    client.force_login(animateur)
    assert client.get(url(event)).status_code == 404
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert url(event) not in edit
