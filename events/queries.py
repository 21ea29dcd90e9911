"""Visibility checked inside the listing's own SQL: no query more per list."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def behind_restriction():
    """True for a page that is, or is below, a page with a view restriction."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


class PublishedInSqlMixin:
    """`published()` as core's (live, and not behind a view restriction), but the
    restriction is checked by a subquery of the same query instead of a query of its own,
    so that a page listing events, series and dates keeps to a few queries."""

    def published(self):
        return self.live().exclude(behind_restriction())
