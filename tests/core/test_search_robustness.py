"""Any text typed in a search box gives results or none, never an error (SQLite and PostgreSQL)."""

import pytest
from django.db import connection
from modelsearch.query import MATCH_ALL, And, Not, Or, Phrase, PlainText

from core.factories import ContributorFactory, RecordingFactory
from core.search_backend import clean_search_query, clean_search_text
from gazette.factories import ArticlePageFactory
from gazette.models import GazetteIndexPage
from images.factories import PortalImageFactory

pytestmark = pytest.mark.django_db

# Full-text search syntax (FTS5, tsquery) that used to reach the database as it was typed.
ODD_QUERIES = [
    '"',
    '"abc',
    'a"b"c',
    "*",
    "NEAR(",
    "-",
    "OR",
    'Aminata "S',
    "NOT aminata",
    "aminata AND",
    "^aminata",
    "title:aminata",
    "{title}: (aminata",
    "l'école d’aujourd'hui",
    "'",
    "\\",
    "%_",
    ("Aminata \"S' OR NEAR(* - " * 1000)[:10_000],
    "x" * 10_000,
]


@pytest.fixture
def article(quartier):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    return ArticlePageFactory(
        parent=gazette,
        title="Aminata Sow, couturière",
        authors=[ContributorFactory(quartier=quartier)],
    )


@pytest.fixture
def statuses(client):
    """The status code of a GET for each query; a server error is a 500, not an exception."""
    client.raise_request_exception = False

    def get_all(url):
        return {query[:40]: client.get(url, {"q": query}).status_code for query in ODD_QUERIES}

    return get_all


def all_ok():
    return {query[:40]: 200 for query in ODD_QUERIES}


def test_public_search_answers_every_query(client, article, statuses):
    assert statuses("/recherche/") == all_ok()

    words = ["Aminata", "aminata sow", "COUTURIÈRE", "Aminata, couturière !"]
    if connection.vendor == "sqlite":
        words.append("couturiere")  # the SQLite index ignores accents
    for word in words:
        response = client.get("/recherche/", {"q": word})
        assert article.title in response.content.decode(), word
    response = client.get("/recherche/", {"q": "Aminata Diallo"})
    assert article.title not in response.content.decode()


def test_admin_image_document_and_page_searches_answer_every_query(
    client, animateur, quartier, article, statuses
):
    PortalImageFactory(title="Aminata Sow à l'atelier", collection=quartier.collection)
    RecordingFactory(title="Entretien avec Aminata Sow", collection=quartier.collection)
    client.force_login(animateur)
    for url in ("/admin/images/", "/admin/documents/", "/admin/pages/search/"):
        assert statuses(url) == all_ok(), url

    # The admin completes the last word: « Aminata "S » finds Aminata Sow.
    found = {
        url: client.get(url, {"q": 'Aminata "S'}).content.decode()
        for url in ("/admin/images/", "/admin/documents/")
    }
    assert "Aminata Sow à l&#x27;atelier" in found["/admin/images/"]
    assert "Entretien avec Aminata Sow" in found["/admin/documents/"]
    # (The page search reads quotes as a phrase: « "S" » is a whole word there.)
    pages = client.get("/admin/pages/search/", {"q": "aminata COUT"}).content.decode()
    assert "Aminata Sow, couturière" in pages


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ('"', ""),
        ('"abc', "abc"),
        ('a"b"c', "a b c"),
        ("*", ""),
        ("NEAR(", "near"),
        ("-", ""),
        ("OR", "or"),
        ('Aminata "S', "aminata s"),
        ("NOT café*", "not café"),
        ("aminata AND sow", "aminata and sow"),
        ("title:aminata ^sow", "title aminata sow"),
        ("L’école d'Aujourd'hui", "l'école d'aujourd'hui"),
        ("Saint-Denis -- rue -Jean-", "saint-denis rue jean"),
        ("Île-de-France 2024", "île-de-france 2024"),
        ("e\u0301cole", "école"),  # decomposed accent
        ("mot_clé", "mot clé"),
        ("Sow sow SOW", "sow"),
        ("  \t\n", ""),
        ("x" * 10_000, ""),
        ("mot " * 2_500, "mot"),
        (" ".join(f"m{i}" for i in range(100)), " ".join(f"m{i}" for i in range(32))),
    ],
)
def test_clean_search_text(text, cleaned):
    assert clean_search_text(text) == cleaned


def test_clean_search_query_cleans_every_text_of_a_query_object():
    query = And([PlainText('Aminata "S'), Phrase('"'), Not(Phrase("NEAR(couture"))])
    cleaned = clean_search_query(query)
    assert isinstance(cleaned, And)
    plain, negated = cleaned.subqueries
    assert plain.query_string == "aminata s"
    assert plain.operator == "and"
    assert isinstance(negated, Not)
    assert negated.subquery.query_string == "near couture"
    assert clean_search_query(Or([PlainText("*"), Phrase("-")])) is None
    assert clean_search_query(MATCH_ALL) is MATCH_ALL
    assert clean_search_query('"') == ""
