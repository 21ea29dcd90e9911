import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from core.blocks import photo_data
from core.stream import WORDS_PER_MINUTE
from gazette.models import (
    ArticlePage,
    GazetteIndexPage,
    GazetteIssuePage,
    IssueArticle,
)
from home.models import QuartierPage

pytestmark = pytest.mark.django_db


def test_a_new_quartier_gets_its_gazette_section(quartier):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    assert gazette.slug == "gazette"
    assert gazette.live
    assert gazette.title == "Gazette"


def test_tree_rules(home, quartier, gazette):
    assert GazetteIndexPage in QuartierPage.allowed_subpage_models()
    assert not GazetteIndexPage.can_create_at(home)
    # One gazette per quartier: the provisioned one already exists.
    assert not GazetteIndexPage.can_create_at(quartier)
    assert ArticlePage.can_create_at(gazette)
    assert GazetteIssuePage.can_create_at(gazette)
    assert not ArticlePage.can_create_at(quartier)
    assert not ArticlePage.can_create_at(home)
    assert not GazetteIssuePage.can_create_at(quartier)
    assert ArticlePage.allowed_subpage_models() == []
    assert GazetteIssuePage.allowed_subpage_models() == []


def test_a_quartier_without_gazette_may_have_one_again(quartier, gazette):
    gazette.delete()
    quartier = Page.objects.get(pk=quartier.pk).specific
    assert GazetteIndexPage.can_create_at(quartier)


def test_article_summary_and_authors(make_article, contributor):
    article = make_article(title="La fête des voisins")
    assert article.summary == "Le chapô de « La fête des voisins »."
    assert article.authors == [contributor]
    article.listing_summary = "Un résumé."
    assert article.summary == "Un résumé."


def test_reading_time_grows_with_the_text(make_article):
    from wagtail.rich_text import RichText

    short = make_article()
    words = " ".join(["mot"] * (WORDS_PER_MINUTE * 3))
    long = make_article(body=[("paragraph", RichText(f"<p>{words}</p>"))])
    assert short.reading_minutes == 1
    assert long.reading_minutes == 4


def test_publication_date_defaults_to_today(gazette):
    article = ArticlePage(title="Sans date", chapo="Chapô.")
    assert article.publication_date == datetime.date.today()


def test_previous_and_next_follow_the_publication_date(make_article):
    first = make_article(date=datetime.date(2026, 1, 1))
    second = make_article(date=datetime.date(2026, 2, 1))
    third = make_article(date=datetime.date(2026, 3, 1))
    same_day = make_article(date=datetime.date(2026, 3, 1))
    draft = make_article(date=datetime.date(2026, 2, 15), live=False)
    assert second.previous_and_next() == (first, third)
    assert first.previous_and_next() == (None, second)
    assert third.previous_and_next() == (second, same_day)
    assert same_day.previous_and_next() == (third, None)
    assert draft not in second.previous_and_next()


def test_related_articles_share_rubrique_or_tag(make_article, rubrique):
    article = make_article(rubrique=rubrique, tags=["jardin"])
    same_rubrique = make_article(rubrique=rubrique)
    same_tag = make_article(tags=["jardin"])
    unrelated = make_article(tags=["emploi"])
    unpublished = make_article(rubrique=rubrique, live=False)
    related = article.related_articles()
    assert set(related) == {same_rubrique, same_tag}
    assert unrelated not in related
    assert unpublished not in related


def test_an_article_appears_in_one_issue_at_most(make_article, make_issue):
    article = make_article()
    issue = make_issue([article], number=1)
    other = make_issue([], number=2)
    entry = IssueArticle(issue=other, article=article)
    with pytest.raises(ValidationError):
        entry.full_clean()
    assert article.issue() == issue


def test_issue_skips_unpublished_articles(make_article, make_issue):
    kept = make_article(title="Reste en ligne")
    withdrawn = make_article(title="Retiré")
    issue = make_issue([withdrawn, kept])
    assert issue.articles() == [withdrawn, kept]
    withdrawn.unpublish()
    assert issue.articles() == [kept]


def test_issue_keeps_the_order_given(make_article, make_issue):
    first, second, third = make_article(), make_article(), make_article()
    issue = make_issue([third, first, second])
    assert issue.articles() == [third, first, second]


def test_photo_credits_are_listed_once(make_article, make_issue, make_image):
    photo = make_image(title="Le marché", credit="Karim B.")
    cover = make_image(title="Couverture", credit="Lina T.")
    body = [{"type": "photo", "value": photo_data(photo.pk, "Le marché")}]
    article = make_article(body=body)
    again = make_article(body=body)
    issue = make_issue([article, again], cover=cover)
    context = issue.print_context(None)
    assert context["credits"] == [
        {"credit": "Lina T.", "titles": ["Couverture"]},
        {"credit": "Karim B.", "titles": ["Le marché"]},
    ]


def test_articles_are_found_by_the_site_search(make_article, rubrique, contributor):
    from django.core.management import call_command

    article = make_article(title="Le potager", rubrique=rubrique, tags=["légumes"])
    call_command("update_index", verbosity=0)
    found = ArticlePage.objects.live().search("Fatou")
    assert article in list(found)
    assert article in list(ArticlePage.objects.live().search("Portraits"))
    assert article in list(ArticlePage.objects.live().search("légumes"))


def test_issues_are_indexed(make_issue):
    from django.core.management import call_command

    issue = make_issue(number=7)
    call_command("update_index", verbosity=0)
    assert issue in list(GazetteIssuePage.objects.live().search("Bonne lecture"))
