from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from core.models import BasePage, portal_links, portal_teasers
from core.queries import images_with_renditions, latest_pages, quartiers_by_path, set_listing_images
from core.renditions import CARD
from core.restrictions import restrictions_above
from core.search_text import unaccent

LATEST_COUNT = 6


class HomePage(BasePage):
    """The portal's front door: every quartier, and what is new across them."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases simples pour accueillir les visiteurs."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.QuartierPage"]
    max_count = 1

    class Meta:
        verbose_name = _("accueil du portail")
        verbose_name_plural = _("accueils du portail")

    def quartiers(self):
        """Its published quartiers, by name, from the request's one read of every quartier
        (the one "what's new" uses to name each page's quartier)."""
        quartiers = [
            quartier
            for path, quartier in quartiers_by_path().items()
            if quartier.live
            and quartier.depth == self.depth + 1
            and path.startswith(self.path)
            and not restrictions_above(path)
        ]
        return sorted(quartiers, key=lambda quartier: unaccent(quartier.title).casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        quartiers = self.quartiers()
        latest = latest_pages(self, LATEST_COUNT, with_images=False)
        # The quartiers' photos and the new pages' images, in one query.
        images = images_with_renditions(
            [
                *(quartier.photo_id for quartier in quartiers),
                *(page.listing_image_id for page in latest),
            ],
            CARD,
        )
        for quartier in quartiers:
            if quartier.photo_id:
                quartier.photo = images.get(quartier.photo_id)
        context["quartiers"] = quartiers
        context["latest"] = set_listing_images(latest, images)
        context["alternate_links"] = portal_links()
        context["section_teasers"] = portal_teasers(self)
        return context
