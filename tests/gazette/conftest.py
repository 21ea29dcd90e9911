import pytest

from core.factories import ContributorFactory
from gazette.factories import ArticlePageFactory, GazetteIssuePageFactory, RubriqueFactory
from gazette.models import GazetteIndexPage
from images.factories import PortalImageFactory


@pytest.fixture
def gazette(quartier):
    return GazetteIndexPage.objects.child_of(quartier).get()


@pytest.fixture
def other_gazette(other_quartier):
    return GazetteIndexPage.objects.child_of(other_quartier).get()


@pytest.fixture
def rubrique(db):
    return RubriqueFactory(name="Portraits", slug="portraits")


@pytest.fixture
def contributor(quartier):
    return ContributorFactory(quartier=quartier, name="Fatou D.")


@pytest.fixture
def make_image(db):
    def make(title="Photo", credit="Karim B.", **kwargs):
        return PortalImageFactory(title=title, credit=credit, **kwargs)

    return make


@pytest.fixture
def make_article(gazette, contributor):
    """An article of the gazette, by `contributor` unless told otherwise, with one paragraph."""

    def make(parent=None, live=True, authors=None, date=None, body=None, image=None, **fields):
        if date is not None:
            fields["publication_date"] = date
        if body is None:
            fields["body__0"] = "paragraph"
        else:
            fields["body"] = body
        return ArticlePageFactory(
            parent=parent or gazette,
            published=live,
            authors=authors or [contributor],
            listing_image=image,
            **fields,
        )

    return make


@pytest.fixture
def make_issue(gazette):
    def make(articles=(), number=1, live=True, cover=None, parent=None):
        return GazetteIssuePageFactory(
            parent=parent or gazette,
            articles=articles,
            number=number,
            date=f"2026-03-{number:02d}",
            cover=cover,
            published=live,
        )

    return make
