"""Venues and guests belong to one quartier: its animateurs list, choose and edit theirs only."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from events.factories import GuestFactory, VenueFactory
from events.models import Venue
from tests.refusals import assert_refused

from .admin_forms import add_event, event_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(other_quartier):
    return {
        "venue": VenueFactory(quartier=other_quartier, name="Bar du port de Kérourien"),
        "guest": GuestFactory(quartier=other_quartier, name="Radio Kérourien"),
    }


@pytest.fixture
def ours(quartier):
    return {
        "venue": VenueFactory(quartier=quartier, name="Salle Mandela"),
        "guest": GuestFactory(quartier=quartier, name="Collectif Pixel de Planoise"),
    }


def url(model, action, *args):
    return reverse(f"wagtailsnippets_events_{model}:{action}", args=args)


@pytest.mark.parametrize("model", ["venue", "guest"])
def test_the_list_and_search_show_their_quartier_only(client, animateur, ours, theirs, model):
    client.force_login(animateur)
    page = client.get(url(model, "list")).content.decode()
    assert str(ours[model]) in page
    assert str(theirs[model]) not in page
    found = client.get(url(model, "list"), {"q": str(theirs[model]).split()[-1]}).content.decode()
    assert str(theirs[model]) not in found


@pytest.mark.parametrize("model", ["venue", "guest"])
@pytest.mark.parametrize("action", ["edit", "delete", "history", "usage"])
def test_another_quartiers_record_is_refused(client, animateur, theirs, model, action):
    client.force_login(animateur)
    assert_refused(client, client.get(url(model, action, theirs[model].pk)))


@pytest.mark.parametrize("model", ["venue", "guest"])
def test_the_chooser_offers_their_quartier_only(client, animateur, ours, theirs, model):
    client.force_login(animateur)
    chooser = client.get(reverse(f"wagtailsnippetchoosers_events_{model}:choose")).content.decode()
    assert str(ours[model]) in chooser
    assert str(theirs[model]) not in chooser
    chosen = reverse(f"wagtailsnippetchoosers_events_{model}:chosen", args=[theirs[model].pk])
    assert_refused(client, client.get(chosen))


def test_the_other_quartiers_animateur_is_refused_ours(client, other_animateur, ours):
    client.force_login(other_animateur)
    assert_refused(client, client.get(url("venue", "edit", ours["venue"].pk)))
    assert ours["venue"].name not in client.get(url("venue", "list")).content.decode()


def test_an_animateur_enters_a_venue_in_their_quartier_only(
    client, animateur, quartier, other_quartier
):
    client.force_login(animateur)
    response = client.post(
        url("venue", "add"),
        {"quartier": quartier.pk, "name": "Snack Le Palmier", "kind": "snack", "slug": ""},
    )
    assert response.status_code == 302
    venue = Venue.objects.get(name="Snack Le Palmier")
    assert (venue.quartier, venue.slug) == (quartier, "snack-le-palmier")
    response = client.post(
        url("venue", "add"), {"quartier": other_quartier.pk, "name": "Intrus", "kind": "bar"}
    )
    assert response.status_code == 200
    assert not Venue.objects.filter(name="Intrus").exists()


def test_animateurs_have_the_agenda_permissions(animateur):
    for codename in ("add_venue", "change_venue", "view_venue", "add_guest", "change_guest"):
        assert animateur.has_perm(f"events.{codename}")


def test_an_event_refuses_another_quartiers_venue_and_guest(
    client, animateur, agenda, ours, theirs
):
    client.force_login(animateur)
    response = add_event(client, agenda, event_form(venue=theirs["venue"].pk))
    assert response.status_code == 200
    assert "« Bar du port de Kérourien » est enregistré dans un autre quartier." in (
        response.content.decode()
    )
    response = add_event(
        client, agenda, event_form(event_guests=inline_formset([{"guest": theirs["guest"].pk}]))
    )
    assert "« Radio Kérourien » est enregistré dans un autre quartier." in response.content.decode()
    assert not Page.objects.filter(slug="rencontre-au-snack").exists()
    response = add_event(
        client,
        agenda,
        event_form(
            venue=ours["venue"].pk,
            event_guests=inline_formset([{"guest": ours["guest"].pk}]),
            **{"action-publish": "publish"},
        ),
    )
    assert response.status_code == 302
    assert Page.objects.get(slug="rencontre-au-snack").live


def test_the_other_animateur_may_not_add_to_our_agenda(client, other_animateur, agenda):
    client.force_login(other_animateur)
    assert_refused(
        client,
        client.get(reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk])),
    )
