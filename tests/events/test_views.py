"""The agenda's pages: lists, filters, month view, archive, event, series, venues."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from events.factories import VenueFactory

from .conftest import in_days, paris

pytestmark = pytest.mark.django_db

JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def html(response):
    """The page's text, its no-break spaces (« 14\u00a0h ») as plain spaces."""
    assert response.status_code == 200, response.status_code
    return response.content.decode().replace("\u00a0", " ")


# The agenda of a quartier


def test_upcoming_events_first_without_drafts_or_past(client, agenda, make_event):
    later = make_event(title="Fête des voisins", days=20)
    sooner = make_event(title="Atelier CV", days=2)
    make_event(title="Brouillon secret", days=3, live=False)
    make_event(title="Réunion passée", days=-10)
    withdrawn = make_event(title="Atelier retiré", days=4)
    withdrawn.unpublish()
    page = html(client.get(agenda.url))
    assert page.index(sooner.title) < page.index(later.title)
    assert "Brouillon secret" not in page
    assert "Réunion passée" not in page
    assert "Atelier retiré" not in page
    assert f'<link rel="alternate" type="text/calendar" title="{agenda.title}"' in page
    assert f'href="webcal://testserver{agenda.url}agenda.ics"' in page
    assert "S’abonner à l’agenda" in page


def test_a_repeating_event_is_listed_once_at_its_next_date(client, agenda, make_event):
    make_event(
        title="Atelier du mardi",
        start=in_days(-14, 14),
        end=in_days(-14, 16),
        recurrence_frequency="semaine",
        recurrence_until=(timezone.localdate() + datetime.timedelta(days=60)),
    )
    page = html(client.get(agenda.url))
    assert page.count("Atelier du mardi</a>") == 1
    assert "Chaque " in page


def test_filters_by_kind_audience_and_free(client, agenda, make_event):
    make_event(title="Atelier emploi", kind="atelier", audience="emploi")
    make_event(title="Fête payante", kind="fete", price_kind="payant", price_amount=5)
    make_event(title="Atelier enfants", kind="atelier", audience="enfants")
    page = html(client.get(agenda.url, {"type": "atelier"}))
    assert "Atelier emploi" in page
    assert "Atelier enfants" in page
    assert "Fête payante" not in page
    page = html(client.get(agenda.url, {"public": "enfants"}))
    assert "Atelier enfants" in page
    assert "Atelier emploi" not in page
    page = html(client.get(agenda.url, {"gratuit": "1"}))
    assert "Fête payante" not in page
    assert "Atelier emploi" in page
    assert '<meta name="robots" content="noindex, follow">' in page


@pytest.mark.parametrize(
    "params",
    [
        {"type": "inconnu"},
        {"public": "<script>"},
        {"type": "x" * 5000},
        {"type": "atelier\x00"},
        {"page": "999"},
        {"page": "-1"},
    ],
)
def test_junk_filters_and_pages_are_404(client, agenda, make_event, params):
    make_event()
    assert client.get(agenda.url, params).status_code == 404


@pytest.mark.parametrize("params", [{"page": "abc"}, {"page": ""}, {"gratuit": "n'importe"}])
def test_junk_that_still_means_something_gives_a_clean_page(client, agenda, make_event, params):
    make_event(title="Goûter")
    assert "Goûter" in html(client.get(agenda.url, params))


def test_cancelled_events_stay_and_say_so(client, agenda, make_event):
    event = make_event(title="Bal du quartier", status="annule", status_note="Il pleut trop.")
    assert "Annulé" in html(client.get(agenda.url))
    page = html(client.get(event.url))
    assert "Cet événement est annulé." in page
    assert "Il pleut trop." in page
    assert "Ajouter à mon agenda" not in page


# Month view


def test_month_view_is_an_accessible_table(client, agenda, make_event):
    make_event(title="Atelier photo", start=paris(2027, 3, 10, 14), end=paris(2027, 3, 10, 16))
    make_event(title="Festival", start=paris(2027, 3, 12, 10), end=paris(2027, 3, 13, 18))
    make_event(
        title="Brouillon", start=paris(2027, 3, 11, 10), end=paris(2027, 3, 11, 12), live=False
    )
    page = html(client.get(f"{agenda.url}mois/2027/3/"))
    assert '<table class="month">' in page
    assert re.search(r"<caption[^>]*>Mars 2027 : 3 rendez-vous</caption>", page)
    assert page.count('<th scope="col">') == 7
    assert '<span class="visually-hidden">lundi</span>' in page
    # The festival is on both its days; the list below the table says when.
    assert 'href="#jour-2027-03-12"' in page
    assert 'href="#jour-2027-03-13"' in page
    assert 'id="jour-2027-03-10"' in page
    assert "14 h – 16 h" in page
    assert "Brouillon" not in page
    assert 'href="/planoise/agenda/mois/2027/2/"' in page
    assert 'href="/planoise/agenda/mois/2027/4/"' in page


@pytest.mark.parametrize(
    "path", ["mois/2027/13/", "mois/2027/0/", "mois/1999/1/", "mois/99999999999/1/", "mois/x/1/"]
)
def test_junk_months_are_404(client, agenda, path):
    assert client.get(agenda.url + path).status_code == 404


def test_month_view_keeps_the_filters(client, agenda, make_event):
    make_event(
        title="Atelier tricot",
        kind="atelier",
        start=paris(2027, 3, 10, 14),
        end=paris(2027, 3, 10, 16),
    )
    make_event(
        title="Fête des voisins",
        kind="fete",
        start=paris(2027, 3, 11, 14),
        end=paris(2027, 3, 11, 16),
    )
    page = html(client.get(f"{agenda.url}mois/2027/3/", {"type": "fete"}))
    assert "Fête des voisins" in page
    assert "Atelier tricot" not in page
    assert 'href="/planoise/agenda/mois/2027/4/?type=fete"' in page


# Archive


def test_archive_by_year(client, agenda, make_event):
    make_event(title="Festival 2010", start=paris(2010, 6, 12, 10), end=paris(2010, 6, 12, 18))
    make_event(title="Festival 2009", start=paris(2009, 6, 13, 10), end=paris(2009, 6, 13, 18))
    make_event(title="Brouillon 2010", start=paris(2010, 5, 1, 10), live=False)
    page = html(client.get(f"{agenda.url}archives/2010/"))
    assert "Festival 2010" in page
    assert "Festival 2009" not in page
    assert "Brouillon" not in page
    assert 'href="/planoise/agenda/archives/2009/"' in page
    latest = html(client.get(f"{agenda.url}archives/"))
    assert "Festival 2010" in latest
    assert client.get(f"{agenda.url}archives/2011/").status_code == 404
    assert client.get(f"{agenda.url}archives/99999/").status_code == 404


def test_an_empty_archive_is_a_clean_page(client, agenda):
    assert "Rien pour l’instant" in html(client.get(f"{agenda.url}archives/"))


# An event


def test_event_page(client, agenda, make_event, venue, guest):
    event = make_event(
        title="CLIC à oreilles au snack",
        venue=venue,
        guests=[guest],
        organisers=["Le Hublot"],
        partners=["Comité de quartier"],
        registration="places-limitees",
        capacity=20,
        is_full=True,
        wheelchair=True,
        sign_language=True,
        price_kind="payant",
        price_amount="2.50",
    )
    page = html(client.get(event.url))
    assert "CLIC à oreilles au snack" in page
    assert f'href="{agenda.url}lieux/{venue.slug}/"' in page
    assert venue.name in page
    assert "2 place du Marché" in page
    assert "2,50 €" in page
    assert "Complet" in page
    assert "20 places" in page
    assert "Traduit en langue des signes française (LSF)" in page
    assert "Le Hublot" in page
    assert "Comité de quartier" in page
    assert guest.name in page
    assert guest.bio in page
    assert f'href="{event.url}agenda.ics"' in page
    assert "Ajouter à mon agenda" in page
    assert f'type="text/calendar" title="{event.title}" href="{event.url}agenda.ics"' in page


def test_a_draft_event_is_not_served(client, make_event):
    event = make_event(live=False)
    assert client.get(f"/planoise/agenda/{event.slug}/").status_code == 404
    assert client.get(f"/planoise/agenda/{event.slug}/agenda.ics").status_code == 404


def test_the_programme_as_a_timetable_and_to_print(client, make_event):
    event = make_event(
        start=paris(2027, 6, 11, 17),
        end=paris(2027, 6, 12, 18),
        programme=[
            {
                "start": paris(2027, 6, 12, 14),
                "end": paris(2027, 6, 12, 15, 30),
                "title": "Atelier théâtre",
                "kind": "atelier-theatre",
                "room": "Scène",
                "speakers": "Compagnie Entre les lignes",
            },
            {
                "start": paris(2027, 6, 11, 17),
                "end": paris(2027, 6, 11, 17, 45),
                "title": "Ouverture",
                "room": "Grande salle",
            },
        ],
    )
    page = html(client.get(event.url))
    assert page.count('<table class="programme">') == 2  # one a day
    assert page.index("Ouverture") < page.index("Atelier théâtre")
    assert "14 h – 15 h 30" in page
    assert "Atelier théâtre" in page
    assert "Avec : Compagnie" in page
    assert "<caption" in page
    assert "Vendredi 11 juin 2027" in page
    printed = html(client.get(event.url + "programme/"))
    assert "Programme : " in printed
    assert "print-button" in printed
    assert "js/print.js" in printed
    assert client.get(make_event().url + "programme/").status_code == 404


def test_a_repeating_event_lists_its_next_dates_and_the_skipped_ones(client, make_event):
    today = timezone.localdate()
    start = in_days(-6, 14)  # then tomorrow, then in 8 days (skipped)…
    skipped = (start + datetime.timedelta(days=14)).date()
    event = make_event(
        title="Atelier tablette",
        start=start,
        end=start + datetime.timedelta(hours=2),
        recurrence_frequency="semaine",
        recurrence_until=today + datetime.timedelta(days=60),
        exceptions=[skipped],
    )
    page = html(client.get(event.url))
    assert "Les prochaines dates" in page
    assert "Prochaine fois :" in page
    shown = re.findall(r'<li><time datetime="([^"]+)"', page)
    assert shown[0].startswith((start + datetime.timedelta(days=7)).date().isoformat())
    assert not any(day.startswith(skipped.isoformat()) for day in shown)
    assert "Pas de séance ces jours-là" in page


def test_dst_local_times_in_html(client, make_event):
    event = make_event(start=paris(2027, 3, 27, 22), end=paris(2027, 3, 28, 4))
    page = html(client.get(event.url))
    assert "samedi 27 mars 2027, de 22 h à 4 h (le lendemain)" in page.lower()
    assert 'datetime="2027-03-27T22:00+01:00"' in page
    weekly = make_event(
        start=paris(2027, 3, 18, 18),
        end=paris(2027, 3, 18, 20),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 4, 8),
    )
    month = html(client.get("/planoise/agenda/mois/2027/3/"))
    assert month.count("18 h – 20 h") == 2  # 18 and 25 March, on both sides of the change
    april = html(client.get("/planoise/agenda/mois/2027/4/"))
    assert april.count("18 h – 20 h") == 2
    assert weekly.occurrences.count() == 4


# Series


def test_series_page_next_and_past_editions_with_themes_and_photos(
    client, make_series, make_event, make_image_for
):
    series = make_series(title="Festival des usages numériques", since=2008)
    photo = make_image_for("Le festival 2010")
    make_event(
        parent=series,
        title="Édition 2010",
        theme="les jeux vidéo",
        start=paris(2010, 6, 12, 10),
        end=paris(2010, 6, 12, 18),
        listing_image=photo,
    )
    make_event(
        parent=series,
        title="Édition 2009",
        theme="les réseaux sociaux",
        start=paris(2009, 6, 13, 10),
        end=paris(2009, 6, 13, 18),
    )
    make_event(parent=series, title="Édition à venir", theme="réparer", days=100)
    make_event(parent=series, title="Édition brouillon", days=50, live=False)
    page = html(client.get(series.url))
    body = page[page.index("<main") :]
    assert (
        body.index("La prochaine fois")
        < body.index("Édition à venir")
        < body.index("Les éditions passées")
    )
    assert body.index("Édition 2010") < body.index("Édition 2009")
    assert "thème : les jeux vidéo" in page
    assert "thème : les réseaux sociaux" in page
    assert "En photos" in page
    assert "Le festival 2010" in page
    assert "Édition brouillon" not in page
    data = json.loads(JSON_LD_RE.search(page).group(1))
    assert data["@type"] == "EventSeries"
    assert {event["name"] for event in data["subEvent"]} == {
        "Édition à venir",
        "Édition 2010",
        "Édition 2009",
    }


def test_an_edition_links_to_its_series(client, make_series, make_event):
    series = make_series(title="CLIC à oreilles")
    event = make_event(parent=series, title="CLIC au bar")
    page = html(client.get(event.url))
    assert f'<a href="{series.url}">CLIC à oreilles</a>' in page


# Venues


def test_venue_page_lists_what_happened_there(client, agenda, make_event, venue, quartier):
    make_event(title="Ce soir au snack", venue=venue, days=5)
    make_event(title="L'an dernier au snack", venue=venue, days=-300)
    make_event(title="Ailleurs", days=6)
    make_event(title="Brouillon au snack", venue=venue, days=7, live=False)
    page = html(client.get(f"{agenda.url}lieux/{venue.slug}/"))
    assert "Ce soir au snack" in page
    assert "L&#x27;an dernier au snack" in page
    assert "Ailleurs" not in page
    assert "Brouillon" not in page
    assert "Ce qui s’est passé ici" in page
    listing = html(client.get(f"{agenda.url}lieux/"))
    assert venue.name in listing
    VenueFactory(quartier=quartier, name="Lieu sans rendez-vous")
    assert "Lieu sans rendez-vous" not in html(client.get(f"{agenda.url}lieux/"))


def test_another_quartiers_venue_is_404_here(client, agenda, other_quartier):
    theirs = VenueFactory(quartier=other_quartier, name="Bar du port")
    assert client.get(f"{agenda.url}lieux/{theirs.slug}/").status_code == 404
    assert client.get(f"{agenda.url}lieux/nulle-part/").status_code == 404


# Across all quartiers


def test_the_portal_agenda_names_each_events_quartier(
    client, make_event, other_agenda, quartier, other_quartier
):
    make_event(title="Chez nous", days=2)
    make_event(parent=other_agenda, title="Chez eux", days=3)
    make_event(parent=other_agenda, title="Brouillon chez eux", days=3, live=False)
    page = html(client.get("/agendas/"))
    assert page.index("Chez nous") < page.index("Chez eux")
    assert quartier.title in page
    assert other_quartier.title in page
    assert "Brouillon" not in page
    assert 'href="webcal://testserver/agendas.ics"' in page
    assert client.get("/agendas/", {"type": "nope"}).status_code == 404
    assert html(client.get("/agendas/mois/2027/3/"))
    assert client.get("/agendas/mois/2027/13/").status_code == 404
    assert client.get("/agendas/archives/1999/").status_code == 404


def test_home_and_quartier_show_the_next_events(client, home, quartier, make_event):
    make_event(title="Le prochain goûter", days=2)
    make_event(title="Goûter brouillon", days=1, live=False)
    tile = html(client.get(quartier.url))
    assert "Prochain rendez-vous" in tile
    assert "Le prochain goûter" in tile
    assert "Goûter brouillon" not in tile
    front = html(client.get(home.url))
    assert "Les prochains rendez-vous dans les quartiers" in front
    assert "Le prochain goûter" in front
    assert "Goûter brouillon" not in front
    assert (
        '<link rel="alternate" type="text/calendar" title="L&#x27;agenda de tous les quartiers" href="/agendas.ics">'
        in front
    )
