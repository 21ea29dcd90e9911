"""The abstract page every page type of the portal inherits, and its queryset."""

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.models.pages import PageQuerySet

from ..restrictions import private_q, restrictions_above
from ..routing import route_descendant
from ..site_roots import page_url_parts
from .fields import ListingFields, SocialFields


class PortalPageQuerySet(PageQuerySet):
    def published(self):
        """What visitors may see: live, and not behind a view restriction."""
        return self.live().exclude(private_q())


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

    @classmethod
    def serving_queryset(cls):
        """Where a page is loaded from to be served: a page type selects here what every
        view of it shows (its rubrique, its sharing image…), in the same query."""
        return cls._default_manager.all()

    def route(self, request, path_components):
        """Find the page a URL asks for in one query (see `core.routing`)."""
        if path_components:
            result = route_descendant(self, request, path_components, BasePage.route)
            if result is not None:
                return result
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """No query when no restriction lies above the page (the common case)."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.filter(page__path__in=restrictions_above(self.path))
