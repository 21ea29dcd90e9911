"""Bad input in the event editor: refused with a clear French message, nothing changed."""

import datetime
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import streamfield

from events.models import EventOccurrence, EventPage

from .admin_forms import add_event, event_form
from .conftest import paris

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, animateur):
    client.force_login(animateur)
    return client


def refused(response, message):
    assert response.status_code == 200
    page = unescape(response.content.decode()).replace("\u00a0", " ")
    assert message in page, page[page.find("error") - 200 : page.find("error") + 400]
    assert not Page.objects.filter(slug="rencontre-au-snack").exists()


def test_an_end_before_the_start(logged_in, agenda):
    response = add_event(logged_in, agenda, event_form(end="2027-03-12 17:00"))
    refused(response, "La fin (vendredi 12 mars 2027, 17 h) est avant le début")


def test_a_repetition_without_end(logged_in, agenda):
    response = add_event(logged_in, agenda, event_form(recurrence_frequency="semaine"))
    refused(response, "Un événement qui se répète doit s'arrêter un jour")


def test_a_programme_item_outside_the_event(logged_in, agenda):
    programme = streamfield(
        [
            (
                "item",
                {
                    "start": "2027-03-13 10:00",
                    "end": "",
                    "title": "Démo du lendemain",
                    "kind": "demo",
                    "room": "",
                    "speakers": "",
                    "description": "",
                },
            )
        ]
    )
    response = add_event(logged_in, agenda, event_form(programme=programme))
    refused(response, "« Démo du lendemain » (samedi 13 mars 2027, 10 h) est en dehors des dates")


def test_a_time_that_does_not_exist_in_paris(logged_in, agenda):
    # 28 March 2027: clocks go from 2 h to 3 h, there is no 2 h 30.
    response = add_event(logged_in, agenda, event_form(start="2027-03-28 02:30", end=""))
    refused(response, "n’a pas pu être interprétée dans le fuseau horaire")


def test_a_valid_event_is_saved_with_paris_times(logged_in, agenda):
    response = add_event(logged_in, agenda, event_form())
    assert response.status_code == 302
    event = EventPage.objects.get(slug="rencontre-au-snack")
    assert event.start == paris(2027, 3, 12, 18, 30)


def test_editing_with_bad_input_changes_nothing(logged_in, make_event):
    event = make_event(
        title="Atelier photo", start=paris(2027, 5, 4, 14), end=paris(2027, 5, 4, 16)
    )
    revision = event.latest_revision_id
    data = event_form(
        title="Atelier photo", slug=event.slug, start="2027-05-04 14:00", end="2027-05-04 12:00"
    )
    data["action-publish"] = "publish"
    response = logged_in.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    assert response.status_code == 200
    assert "est avant le début" in unescape(response.content.decode())
    event.refresh_from_db()
    assert event.latest_revision_id == revision
    assert event.end == paris(2027, 5, 4, 16)
    assert EventOccurrence.objects.get(event=event).end == paris(2027, 5, 4, 16)


def test_an_event_in_a_series_is_added_in_the_admin(logged_in, make_series):
    series = make_series(title="CLIC à oreilles")
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", series.pk])
    assert logged_in.get(url).status_code == 200
    assert logged_in.post(url, event_form(**{"action-publish": "publish"})).status_code == 302
    assert EventPage.objects.get(slug="rencontre-au-snack").get_parent().specific == series


def test_the_editor_opens_for_a_repeating_event(logged_in, make_event):
    event = make_event(
        start=paris(2027, 1, 5, 14),
        end=paris(2027, 1, 5, 16),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 3, 2),
        exceptions=[datetime.date(2027, 2, 16)],
        programme=[{"start": paris(2027, 1, 5, 14), "title": "Accueil"}],
    )
    assert logged_in.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).status_code == 200


def test_previews_of_a_new_and_of_an_edited_event(logged_in, agenda, make_event):
    add_url = reverse("wagtailadmin_pages:preview_on_add", args=["events", "eventpage", agenda.pk])
    assert logged_in.post(add_url, event_form()).json()["is_valid"]
    assert "Rencontre au snack" in logged_in.get(add_url).content.decode()
    event = make_event(title="Atelier photo")
    edit_url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])
    data = event_form(title="Atelier photo (nouvelle date)", slug=event.slug)
    assert logged_in.post(edit_url, data).json()["is_valid"]
    assert "Atelier photo (nouvelle date)" in logged_in.get(edit_url).content.decode()
