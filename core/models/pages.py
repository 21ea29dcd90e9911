"""The abstract page every page type of the portal inherits, and its queryset."""

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager
from wagtail.models.pages import PageQuerySet

from ..site_roots import page_url_parts
from .fields import ListingFields, SocialFields


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """What visitors may see: live, and not behind a view restriction."""
        return self.live().public()


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def all_pages():
    """Pages of every type, with the portal's queryset methods (`published()`…)."""
    return PortalPageQuerySet(model=Page)


class BasePage(ListingFields, SocialFields, Page):
    """Fields every page shares: how it appears in lists and when it is shared."""

    objects = PortalPageManager()
    # What search results call it: article, evenement, souvenir, acteur or page.
    search_kind = "page"

    promote_panels = [
        *ListingFields.listing_panels,
        *SocialFields.social_panels,
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def search_date(self):
        """The date shown in search results (a datetime, a date or a text)."""
        return self.first_published_at

    def get_url_parts(self, request=None):
        """Address the page on the most specific site it belongs to (see `site_roots`)."""
        return page_url_parts(self, request)
