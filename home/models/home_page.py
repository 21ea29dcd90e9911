from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from core.models import BasePage, portal_links, portal_teasers
from core.queries import images_with_renditions, latest_pages
from core.renditions import CARD

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
        from .quartier import QuartierPage

        quartiers = list(QuartierPage.objects.child_of(self).published().order_by("title"))
        photos = images_with_renditions((quartier.photo_id for quartier in quartiers), CARD)
        for quartier in quartiers:
            if quartier.photo_id:
                quartier.photo = photos.get(quartier.photo_id)
        return quartiers

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quartiers"] = self.quartiers()
        context["latest"] = latest_pages(self, LATEST_COUNT)
        context["alternate_links"] = portal_links()
        context["section_teasers"] = portal_teasers(self)
        return context
