"""The public search in French: a table of queries, scope, kinds, leaks, bad input.

Runs unchanged on SQLite and on PostgreSQL (CI runs the suite on both).
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from annuaire.factories import ActorPageFactory
from annuaire.models import AnnuairePage
from core.factories import ContributorFactory
from core.models import SearchSynonym
from core.search_text import index_text
from events.factories import EventPageFactory
from events.models import AgendaPage
from gazette.factories import ArticlePageFactory
from gazette.models import GazetteIndexPage
from memoire.factories import MemoireItemPageFactory
from memoire.models import MemoireIndexPage

pytestmark = pytest.mark.django_db


def section(quartier, model):
    return model.objects.child_of(quartier).get()


@pytest.fixture
def pages(quartier, other_quartier):
    gazette = section(quartier, GazetteIndexPage)
    author = ContributorFactory(quartier=quartier)
    return {
        "associations": ArticlePageFactory(
            parent=gazette, title="Les associations du quartier", authors=[author]
        ),
        "ecole": ArticlePageFactory(
            parent=gazette, title="Inscription à l'école maternelle", authors=[author]
        ),
        "atelier": EventPageFactory(
            parent=section(quartier, AgendaPage), title="Atelier couture du mercredi"
        ),
        "souvenir": MemoireItemPageFactory(
            parent=section(quartier, MemoireIndexPage), title="La fête des Mémoires de 1967"
        ),
        "france_travail": ActorPageFactory(
            parent=section(quartier, AnnuairePage), title="France Travail Planoise"
        ),
        "caf": ActorPageFactory(
            parent=section(quartier, AnnuairePage), title="Caisse d'allocations familiales"
        ),
        "cyber": ActorPageFactory(
            parent=section(quartier, AnnuairePage), title="Cyber-base de la Fontaine"
        ),
        "brest": ArticlePageFactory(
            parent=section(other_quartier, GazetteIndexPage),
            title="Les associations de Kérourien",
            authors=[ContributorFactory(quartier=other_quartier)],
        ),
    }


def search(client, **params):
    response = client.get("/recherche/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("associations", "associations"),  # as written
        ("association", "associations"),  # singular for a plural
        ("ASSOCIATION", "associations"),
        ("inscription ecole", "ecole"),  # no accent
        ("écoles", "ecole"),  # plural, accent
        ("ateliers", "atelier"),
        ("evenement", "atelier"),  # what it is, not in its title
        ("memoire", "souvenir"),
        ("pole emploi", "france_travail"),  # synonym
        ("pôle-emploi", "france_travail"),
        ("caf", "caf"),  # acronym
        ("epn", "cyber"),  # acronym of a synonym group
        ("informatique", "cyber"),
    ],
)
def test_query_finds_page(client, pages, quartier, query, expected):
    html = search(client, q=query, quartier=quartier.slug)
    assert pages[expected].title.replace("'", "&#x27;") in html, query


def test_typo_suggests_a_known_word(client, pages, quartier):
    html = search(client, q="atelir", quartier=quartier.slug)
    assert "Vouliez-vous dire" in html
    assert "«&#8239;atelier&#8239;»" in html
    assert "Trouver un emploi" in html  # the directory's needs


def test_current_quartier_by_default_and_switch_to_all(client, pages, quartier):
    html = search(client, q="associations", quartier=quartier.slug)
    assert pages["associations"].title in html
    assert pages["brest"].title not in html
    assert "Chercher dans tous les quartiers" in html
    html = search(client, q="associations")
    assert pages["brest"].title in html
    assert "Kérourien" in html  # the result's quartier


def test_kind_filter_and_result_details(client, pages, quartier):
    html = search(client, q="atelier", quartier=quartier.slug, type="evenement")
    assert pages["atelier"].title in html
    assert "Événement" in html
    html = search(client, q="atelier", quartier=quartier.slug, type="article")
    assert pages["atelier"].title not in html
    html = search(client, q="associations", quartier=quartier.slug)
    assert "<mark>associations</mark>" in html.lower()


def test_upcoming_events_before_past_ones(client, quartier):
    agenda = section(quartier, AgendaPage)
    start = timezone.now() - datetime.timedelta(days=400)
    past = EventPageFactory(parent=agenda, title="Repair café de Planoise", start=start)
    upcoming = EventPageFactory(parent=agenda, title="Café des parents")
    html = search(client, q="café", quartier=quartier.slug)
    assert html.index(upcoming.title) < html.index(past.title)


def test_drafts_private_pages_and_pending_contributions_never_appear(client, quartier, pages):
    draft = ArticlePageFactory(
        parent=section(quartier, GazetteIndexPage), title="Brouillon associations secret"
    )
    draft.unpublish()
    private = pages["caf"]
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for query in ("brouillon secret", "associations", "caisse allocations", "caf"):
        html = search(client, q=query, quartier=quartier.slug) + search(client, q=query)
        assert "Brouillon associations secret" not in html
        assert "Caisse d&#x27;allocations familiales" not in html
    names = client.get("/recherche/acteurs/", {"q": "cai"}).json()["actors"]
    assert names == []
    assert "« brouillon »" not in search(client, q="brouillonn")  # nor in suggestions


def test_actor_names_autocomplete(client, pages, quartier, other_quartier):
    section(other_quartier, AnnuairePage).add_child(
        instance=ActorPageFactory.build(title="France Services Kérourien")
    )
    response = client.get("/recherche/acteurs/", {"q": "fran", "quartier": quartier.slug})
    assert [actor["name"] for actor in response.json()["actors"]] == ["France Travail Planoise"]
    response = client.get("/recherche/acteurs/", {"q": "cyber fon"})
    assert response.json()["actors"][0]["url"].endswith("/cyber-base-de-la-fontaine/")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "?!;:«»…",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
    ],
)
def test_bad_input_gives_a_clean_page(client, pages, query):
    html = search(client, q=query)
    assert "<script>alert" not in html


def test_page_out_of_range_and_unknown_kind(client, pages, quartier):
    html = search(client, q="associations", page="999", type="nimporte")
    assert pages["associations"].title in html
    html = search(client, q="associations", page="abc", quartier="inconnu")
    assert pages["brest"].title in html


def test_synonyms_are_a_managed_list(client, pages, quartier):
    SearchSynonym.objects.create(terms="couture\nraccommodage")
    html = search(client, q="raccommodage", quartier=quartier.slug)
    assert pages["atelier"].title in html


@pytest.mark.parametrize(
    ("text", "indexed"),
    [
        ("Associations", "association"),
        ("L’école", "ecol"),
        ("journaux", "journal"),
        ("animatrices", "animateur"),
        ("Événements", "evenement"),
        ("associées associé", "associ associ"),
    ],
)
def test_index_text(text, indexed):
    assert index_text(text) == indexed
