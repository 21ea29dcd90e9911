"""The abstract page every page type of the portal inherits."""

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class BasePage(Page):
    """Fields every page shares: how it appears in lists and when shared."""

    listing_summary = models.TextField(
        _("résumé pour les listes"),
        blank=True,
        max_length=300,
        help_text=_("Deux phrases au plus. Affiché dans les listes et les résultats de recherche."),
    )
    listing_image = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("image pour les listes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_image = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("image pour les réseaux sociaux"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Si vide, l'image pour les listes est utilisée."),
    )

    # Page types that appear in "what is new" across quartiers.
    show_in_latest = False

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Dans les listes"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Partage et référencement"),
        ),
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    @property
    def share_image(self):
        return self.social_image or self.listing_image

    def get_url_parts(self, request=None):
        """Address a page on the most specific site it belongs to.

        A quartier that is the root of its own site (its own hostname) is always
        linked there, also from the main portal, so each page has one canonical URL.
        """
        possible_sites = self._get_relevant_site_root_paths(request)
        if not possible_sites:
            return None
        site_id, root_path, root_url, _language = possible_sites[0]
        try:
            page_path = reverse("wagtail_serve", args=(self.url_path[len(root_path) :],))
        except NoReverseMatch:
            return (site_id, None, None)
        return (site_id, root_url, page_path)
