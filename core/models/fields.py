"""Groups of fields that page types share, each carrying its own admin panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ListingFields(models.Model):
    """How a page appears in lists, cards and search results."""

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

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Dans les listes"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or getattr(self, "search_description", "")


class SocialFields(models.Model):
    """How a page appears when it is shared (Open Graph, search engines)."""

    social_image = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("image pour les réseaux sociaux"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Si vide, l'image pour les listes est utilisée."),
    )

    social_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Partage et référencement"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def share_image(self):
        return self.social_image or getattr(self, "listing_image", None)
