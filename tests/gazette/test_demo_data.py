"""The demo's gazette texts (gazette/demo_data/*.yaml): their structure, and loading them."""

import datetime

import pytest

from core.blocks import StoryBlock
from core.demo import read_data
from gazette.demo import gazette_data, load_gazettes
from gazette.models import ArticlePage, GazetteIndexPage, GazetteIssuePage, IssueArticle
from home.factories import QuartierPageFactory

QUARTIERS = read_data("home", "quartiers.yaml")["quartiers"]
RUBRIQUES = read_data("gazette", "rubriques.yaml")
BLOCK_KEYS = {
    "paragraph": str,
    "heading": str,
    "photo": {"caption", "credit"},
    "quote": {"text", "attribution"},
    "gallery": {"title", "photos"},
    "media": {"title", "transcript"},
}


def check_block(block):
    assert len(block) == 1, block
    ((block_type, value),) = block.items()
    expected = BLOCK_KEYS[block_type]
    if expected is str:
        assert isinstance(value, str)
        assert value.strip()
    else:
        assert set(value) == expected, (block_type, value)
    if block_type == "gallery":
        assert len(value["photos"]) >= 2
        for photo in value["photos"]:
            assert set(photo) == {"caption", "credit"}
    return block_type


@pytest.mark.parametrize("entry", QUARTIERS, ids=[entry["slug"] for entry in QUARTIERS])
def test_each_demo_quartier_has_a_well_formed_gazette(entry):
    data = gazette_data(entry["slug"])
    assert data is not None
    assert data["name"].strip()
    assert data["intro"].strip()
    numbers = {issue["number"] for issue in data["issues"]}
    assert len(numbers) == 2
    for issue in data["issues"]:
        assert isinstance(issue["date"], datetime.date)
        assert issue["editorial"]
    assert 8 <= len(data["articles"]) <= 15
    slugs = [article["slug"] for article in data["articles"]]
    assert len(slugs) == len(set(slugs))
    for article in data["articles"]:
        assert isinstance(article["date"], datetime.date)
        assert article["rubrique"] in RUBRIQUES
        assert article["authors"]
        assert article.get("issue") in numbers | {None}
        for block in article["body"]:
            check_block(block)
    assert any(article.get("easy_read") for article in data["articles"])


def test_the_demo_uses_every_block_type():
    used = {
        next(iter(block))
        for entry in QUARTIERS
        for article in gazette_data(entry["slug"])["articles"]
        for block in article["body"]
    }
    assert used == set(StoryBlock.base_blocks)


@pytest.mark.django_db
def test_demo_gazette_loads_once_and_keeps_quartiers_apart(home):
    planoise = QuartierPageFactory(title="Planoise", slug="planoise")
    kerourien = QuartierPageFactory(title="Kérourien", slug="kerourien")
    load_gazettes(lambda message: None)
    gazette = GazetteIndexPage.objects.child_of(planoise).get()
    data = gazette_data("planoise")
    counts = (
        ArticlePage.objects.live().child_of(gazette).count(),
        GazetteIssuePage.objects.live().child_of(gazette).count(),
        IssueArticle.objects.count(),
    )
    assert gazette.title == data["name"]
    assert counts[0] == len(data["articles"])
    assert counts[1] == 2
    assert ArticlePage.objects.exclude(easy_read="").exists()
    # Every author belongs to the quartier they write in.
    for article in ArticlePage.objects.all():
        quartier = planoise if article.path.startswith(planoise.path) else kerourien
        assert {author.quartier_id for author in article.authors} == {quartier.pk}

    load_gazettes(lambda message: None)
    assert counts == (
        ArticlePage.objects.child_of(gazette).count(),
        GazetteIssuePage.objects.child_of(gazette).count(),
        IssueArticle.objects.count(),
    )


@pytest.mark.django_db
def test_the_same_name_in_two_quartiers_is_two_contributors(home):
    from gazette.demo import contributor

    planoise = QuartierPageFactory(title="Planoise")
    kerourien = QuartierPageFactory(title="Kérourien")
    one = contributor("Fatou D.", planoise, "Le Fil")
    two = contributor("Fatou D.", kerourien, "Kérourien Infos")
    assert one != two
    assert contributor("Fatou D.", planoise, "Le Fil") == one
