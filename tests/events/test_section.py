"""The agenda keeps the section contract: every quartier gets it, with its tile and teasers;
events, series and venues are found by the site search."""

import pytest
from django.core.management import call_command

from core.checks import section_errors
from core.models import section_models
from events.models import AgendaPage, EventPage
from home.factories import QuartierPageFactory

pytestmark = pytest.mark.django_db


def test_the_agenda_keeps_the_section_contract():
    assert AgendaPage in section_models()
    assert section_errors(AgendaPage, {}) == []
    assert AgendaPage.section_slug == "agenda"
    assert str(AgendaPage.section_label) == "Agenda"
    assert AgendaPage.section_order == 20
    call_command("check", fail_level="ERROR")


def test_every_quartier_gets_its_agenda_and_animateurs_their_permissions(home, animateur):
    quartier = QuartierPageFactory(title="Val Fourré")
    agenda = AgendaPage.objects.child_of(quartier).get()
    assert agenda.live
    assert agenda.slug == "agenda"
    assert agenda.show_in_menus
    assert agenda.url == "/val-fourre/agenda/"
    assert animateur.has_perm("events.add_venue")


def test_an_agenda_takes_events_and_series_only(agenda):
    assert {model.__name__ for model in AgendaPage.allowed_subpage_models()} == {
        "EventPage",
        "EventSeriesPage",
    }
    assert EventPage.allowed_subpage_models() == []


def test_the_quartier_menu_and_tile_say_agenda(client, quartier, agenda, make_event):
    make_event(title="Goûter partagé", days=3)
    html = client.get(quartier.url).content.decode()
    assert f'<a href="{agenda.url}">Agenda</a>' in html
    assert "Les rendez-vous du quartier : fêtes, ateliers, rencontres." in html
    assert "Goûter partagé" in html


def test_no_teaser_without_upcoming_events(client, quartier, make_event):
    make_event(title="C'était hier", days=-1)
    assert AgendaPage.objects.child_of(quartier).get().get_teaser() is None
    assert AgendaPage.get_portal_teaser(quartier.get_parent()) is None


def test_events_series_and_venues_are_found_by_the_site_search(
    client, agenda, make_event, make_series, venue
):
    venue.name = "Snack Le Palmier"
    venue.save()
    make_series(title="CLIC à oreilles", intro="Des rencontres dans les bars du quartier.")
    make_event(title="Rencontre numérique", venue=venue, theme="les jeux vidéo")
    make_event(title="Brouillon numérique", venue=venue, live=False)
    by_venue = client.get("/recherche/", {"q": "Palmier"}).content.decode()
    assert "Rencontre numérique" in by_venue
    assert f'href="{agenda.url}"' in by_venue  # the agenda lists the quartier's venues
    assert "Brouillon numérique" not in by_venue
    by_theme = client.get("/recherche/", {"q": "jeux vidéo"}).content.decode()
    assert "Rencontre numérique" in by_theme
    by_series = client.get("/recherche/", {"q": "bars"}).content.decode()
    assert "CLIC à oreilles" in by_series


def test_the_sitemap_lists_events_series_and_venues(client, agenda, make_event, make_series, venue):
    series = make_series(title="Festival")
    event = make_event(parent=series, venue=venue)
    draft = make_event(title="Brouillon", live=False)
    sitemap = client.get("/sitemap.xml").content.decode()
    for url in (agenda.url, series.url, event.url, f"{agenda.url}lieux/{venue.slug}/"):
        assert f"<loc>http://localhost{url}</loc>" in sitemap
    assert draft.slug not in sitemap
