import datetime
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.rich_text import RichText

from gazette.models import (
    ArticleAuthor,
    ArticlePage,
    Contributor,
    GazetteIndexPage,
    GazetteIssuePage,
    IssueArticle,
    Rubrique,
)
from images.models import PortalImage


@pytest.fixture
def gazette(quartier):
    return GazetteIndexPage.objects.child_of(quartier).get()


@pytest.fixture
def other_gazette(other_quartier):
    return GazetteIndexPage.objects.child_of(other_quartier).get()


@pytest.fixture
def rubrique(db):
    return Rubrique.objects.create(name="Portraits", slug="portraits")


@pytest.fixture
def contributor(db):
    return Contributor.objects.create(name="Fatou D.", bio="Habitante depuis vingt ans.")


@pytest.fixture
def make_image(db):
    def make(title="Photo", credit="Karim B."):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), (200, 120, 40)).save(buffer, format="JPEG")
        image = PortalImage(title=title, credit=credit)
        image.file = ImageFile(buffer, name="photo.jpg")
        image.save()
        return image

    return make


@pytest.fixture
def make_article(gazette, contributor):
    counter = {"n": 0}

    def make(
        title=None,
        parent=None,
        live=True,
        rubrique=None,
        tags=(),
        authors=None,
        date=None,
        body=None,
        easy_read="",
        image=None,
    ):
        counter["n"] += 1
        title = title or f"Article {counter['n']}"
        article = ArticlePage(
            title=title,
            chapo=f"Le chapô de « {title} ».",
            publication_date=date or datetime.date(2026, 1, 1) + datetime.timedelta(counter["n"]),
            rubrique=rubrique,
            body=body
            if body is not None
            else [("paragraph", RichText("<p>Un texte court pour le journal.</p>"))],
            easy_read=easy_read,
            listing_image=image,
            live=False,
        )
        article.article_authors = [
            ArticleAuthor(contributor=author, sort_order=order)
            for order, author in enumerate(authors or [contributor])
        ]
        if tags:
            article.tags.add(*tags)
        (parent or gazette).add_child(instance=article)
        revision = article.save_revision(log_action=False)
        if live:
            revision.publish(log_action=False)
        article.refresh_from_db()
        return article

    return make


@pytest.fixture
def make_issue(gazette):
    def make(articles=(), number=1, live=True, cover=None, parent=None):
        issue = GazetteIssuePage(
            title=f"Numéro spécial {number}",
            number=number,
            date=datetime.date(2026, 3, number),
            editorial="<p>Bonne lecture à toutes et à tous.</p>",
            cover=cover,
            live=False,
        )
        issue.issue_articles = [
            IssueArticle(article=article, sort_order=order)
            for order, article in enumerate(articles)
        ]
        (parent or gazette).add_child(instance=issue)
        revision = issue.save_revision(log_action=False)
        if live:
            revision.publish(log_action=False)
        issue.refresh_from_db()
        return issue

    return make
