"""Animateurs write their own quartier's directory and guide, and no other."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from annuaire.models import ActorPage
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db


def test_animateur_adds_an_actor_in_their_directory(client, animateur, annuaire):
    client.force_login(animateur)
    url = reverse("wagtailadmin_pages:add", args=["annuaire", "actorpage", annuaire.pk])
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Mairie de quartier",
            "slug": "mairie-de-quartier",
            "kind": "mairie-annexe",
            "services": "On fait vos papiers.",
            "opening_hours": "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
            "last_checked": "2026-01-05",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["needs"] = ["papiers", "enfants"]  # checkboxes: one value each
    response = client.post(url, data)
    assert response.status_code == 302
    actor = ActorPage.objects.get(slug="mairie-de-quartier")
    assert actor.live
    assert actor.needs == ["papiers", "enfants"]


def test_animateur_edits_the_guide(client, animateur, guide, make_actor):
    actor = make_actor(title="CAF de Besançon")
    client.force_login(animateur)
    url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Bienvenue à Planoise",
            "slug": guide.slug,
            "intro": "Bienvenue.\nVoici les premières choses à faire.",
            "steps": streamfield(
                [
                    (
                        "step",
                        {
                            "title": "Inscrivez-vous à la CAF",
                            "lines": streamfield([("item", "Allez à la CAF.")]),
                            "bring": streamfield([]),
                            "actors": streamfield([("item", actor.pk)]),
                            "link": "",
                        },
                    )
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    guide.refresh_from_db()
    assert guide.step_values()[0]["actors"][0].pk == actor.pk


def test_another_quartiers_animateur_is_refused(
    client, other_animateur, annuaire, guide, make_actor
):
    actor = make_actor()
    client.force_login(other_animateur)
    for url in (
        reverse("wagtailadmin_pages:edit", args=[actor.pk]),
        reverse("wagtailadmin_pages:edit", args=[guide.pk]),
        reverse("wagtailadmin_pages:add", args=["annuaire", "actorpage", annuaire.pk]),
    ):
        assert_refused(client, client.get(url))
    assert not actor.permissions_for_user(other_animateur).can_edit()
