import pytest

from gazette.demo import load_gazettes
from gazette.demo_articles import gazette_data
from gazette.models import ArticlePage, GazetteIndexPage, GazetteIssuePage, IssueArticle
from home.demo_data import QUARTIERS

pytestmark = pytest.mark.django_db


def test_every_demo_quartier_has_its_texts():
    for entry in QUARTIERS:
        data = gazette_data(entry["slug"])
        assert data is not None, entry["slug"]
        assert 8 <= len(data["articles"]) <= 15
        assert len(data["issues"]) == 2
        assert any(article["easy_read"] for article in data["articles"])


def test_demo_gazette_loads_once(make_quartier):
    entry = next(entry for entry in QUARTIERS if entry["slug"] == "planoise")
    quartier = make_quartier(entry["name"], entry["city"], slug=entry["slug"])
    data = gazette_data("planoise")
    load_gazettes(lambda message: None)
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    counts = (
        ArticlePage.objects.live().child_of(gazette).count(),
        GazetteIssuePage.objects.live().child_of(gazette).count(),
        IssueArticle.objects.count(),
    )
    assert gazette.title == data["name"]
    assert counts[0] == len(data["articles"])
    assert counts[1] == 2
    assert ArticlePage.objects.exclude(easy_read="").exists()

    load_gazettes(lambda message: None)
    assert counts == (
        ArticlePage.objects.child_of(gazette).count(),
        GazetteIssuePage.objects.child_of(gazette).count(),
        IssueArticle.objects.count(),
    )
