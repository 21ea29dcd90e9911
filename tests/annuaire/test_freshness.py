"""Keeping the directory true: actors not checked for six months, listed per quartier for
its animateurs; "Vérifié aujourd'hui" in one click, in their own quartier only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from annuaire.models import ActorPage
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db

FRESHNESS = "annuaire_admin:freshness"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def stale_actor(make_actor):
    return make_actor(title="CAF de Besançon", last_checked=days_ago(200))


@pytest.fixture
def other_stale_actor(make_actor, other_annuaire):
    return make_actor(parent=other_annuaire, title="CAF de Brest", last_checked=days_ago(300))


def test_stale_is_six_months(make_actor):
    make_actor(title="Vu hier", last_checked=days_ago(1))
    make_actor(title="Vu il y a cinq mois", last_checked=days_ago(150))
    make_actor(title="Vu il y a sept mois", last_checked=days_ago(212))
    assert list(ActorPage.objects.stale().values_list("title", flat=True)) == [
        "Vu il y a sept mois"
    ]


def test_animateur_lists_the_stale_actors_of_their_quartier_only(
    client, animateur, stale_actor, other_stale_actor, make_actor
):
    make_actor(title="Vu la semaine dernière", last_checked=days_ago(7))
    draft = make_actor(title="Brouillon ancien", last_checked=days_ago(400), live=False)
    client.force_login(animateur)
    response = client.get(reverse(FRESHNESS))
    assert response.status_code == 200
    html = response.content.decode()
    assert "CAF de Besançon" in html
    assert draft.title in html  # a draft is checked too before it goes live
    assert "Vu la semaine dernière" not in html
    assert "CAF de Brest" not in html
    assert "Planoise" in html


def test_administrator_sees_every_quartier(admin_client, stale_actor, other_stale_actor):
    html = admin_client.get(reverse(FRESHNESS)).content.decode()
    assert "CAF de Besançon" in html
    assert "CAF de Brest" in html
    assert html.index("Kérourien") < html.index("Planoise")


def test_checked_today_in_one_click(client, animateur, stale_actor):
    client.force_login(animateur)
    url = reverse("annuaire_admin:mark_checked", args=[stale_actor.pk])
    response = client.post(url, {"next": reverse(FRESHNESS)})
    assert response.status_code == 302
    assert response.url == reverse(FRESHNESS)
    stale_actor.refresh_from_db()
    assert stale_actor.last_checked == timezone.localdate()
    # The editor opens on the same date, and the page's history says who checked it.
    latest = stale_actor.get_latest_revision_as_object()
    assert latest.last_checked == timezone.localdate()
    entry = PageLogEntry.objects.filter(page=stale_actor, action="annuaire.checked").get()
    assert entry.user == animateur
    follow = client.get(response.url).content.decode()
    assert "« CAF de Besançon » : vérifié aujourd&#x27;hui." in follow
    assert "Tout est à jour" in follow
    assert not ActorPage.objects.stale().filter(pk=stale_actor.pk).exists()


def test_checked_today_keeps_a_pending_draft_a_draft(client, animateur, stale_actor):
    draft = stale_actor.get_latest_revision_as_object()
    draft.services = "Un texte pas encore relu."
    draft.save_revision()
    client.force_login(animateur)
    client.post(reverse("annuaire_admin:mark_checked", args=[stale_actor.pk]))
    stale_actor.refresh_from_db()
    assert stale_actor.services != "Un texte pas encore relu."
    assert stale_actor.has_unpublished_changes
    latest = stale_actor.get_latest_revision_as_object()
    assert latest.services == "Un texte pas encore relu."
    assert latest.last_checked == timezone.localdate()


def test_another_quartiers_animateur_is_refused_and_nothing_changes(
    client, other_animateur, stale_actor
):
    client.force_login(other_animateur)
    response = client.post(reverse("annuaire_admin:mark_checked", args=[stale_actor.pk]))
    assert_refused(client, response)
    stale_actor.refresh_from_db()
    assert stale_actor.last_checked == days_ago(200)
    assert not PageLogEntry.objects.filter(action="annuaire.checked").exists()


def test_checking_needs_a_post(client, animateur, stale_actor):
    client.force_login(animateur)
    response = client.get(reverse("annuaire_admin:mark_checked", args=[stale_actor.pk]))
    assert response.status_code == 405
    stale_actor.refresh_from_db()
    assert stale_actor.last_checked == days_ago(200)


def test_visitors_and_unknown_actors_are_refused(client, animateur, stale_actor):
    url = reverse("annuaire_admin:mark_checked", args=[stale_actor.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url
    client.force_login(animateur)
    assert client.post(reverse("annuaire_admin:mark_checked", args=[999999])).status_code == 404
    stale_actor.refresh_from_db()
    assert stale_actor.last_checked == days_ago(200)


def test_next_address_elsewhere_is_ignored(client, animateur, stale_actor):
    client.force_login(animateur)
    response = client.post(
        reverse("annuaire_admin:mark_checked", args=[stale_actor.pk]),
        {"next": "https://evil.example.org/"},
    )
    assert response.url == reverse(FRESHNESS)


def test_menu_shows_the_list_to_animateurs(client, animateur):
    client.force_login(animateur)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(FRESHNESS) in html
