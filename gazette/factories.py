"""Test data of the gazette: rubriques, articles and issues, published unless told not to."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from core.factories import (
    ContributorFactory,
    PublishedPageFactory,
    StoryBlockFactory,
    add_tags,
)
from core.models import quartier_model

from .models import ArticleAuthor, ArticlePage, GazetteIssuePage, IssueArticle, Rubrique


class RubriqueFactory(DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Rubrique {number}")
    slug = factory.Sequence(lambda number: f"rubrique-{number}")

    class Meta:
        model = Rubrique
        django_get_or_create = ("slug",)


class ArticlePageFactory(PublishedPageFactory):
    """`authors=[…]` (default: a new contributor of the article's quartier), `tags=[…]`."""

    title = factory.Sequence(lambda number: f"Article {number}")
    chapo = factory.LazyAttribute(lambda article: f"Le chapô de « {article.title} ».")
    publication_date = factory.Sequence(
        lambda number: datetime.date(2026, 1, 1) + datetime.timedelta(days=number)
    )
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)

    class Meta:
        model = ArticlePage

    @factory.post_generation
    def authors(page, create, extracted, **kwargs):
        if extracted is None:
            quartier = quartier_model().objects.ancestor_of(page).first()
            extracted = [ContributorFactory(quartier=quartier)]
        page.article_authors = [
            ArticleAuthor(contributor=author, sort_order=order)
            for order, author in enumerate(extracted)
        ]
        if create:
            page.save()

    tags = factory.PostGeneration(add_tags)


class GazetteIssuePageFactory(PublishedPageFactory):
    """`articles=[…]`: the issue's articles, in order."""

    title = factory.Sequence(lambda number: f"Numéro spécial {number}")
    number = factory.Sequence(lambda number: number + 1)
    date = datetime.date(2026, 3, 1)
    editorial = "<p>Bonne lecture à toutes et à tous.</p>"

    class Meta:
        model = GazetteIssuePage

    @factory.post_generation
    def articles(page, create, extracted, **kwargs):
        page.issue_articles = [
            IssueArticle(article=article, sort_order=order)
            for order, article in enumerate(extracted or ())
        ]
        if create:
            page.save()
