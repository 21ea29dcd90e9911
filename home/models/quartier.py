"""One quartier's portal, with its public digital space and its sections."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage, all_pages, section_models
from core.opening_hours import OpeningHoursField, Schedule
from core.queries import images_with_renditions, latest_pages, set_listing_images
from core.renditions import CARD, HERO, SHARE
from core.request_cache import memoize

LATEST_COUNT = 4


class QuartierPage(BasePage):
    """A quartier's portal: who we are, the digital space, one entry per section."""

    city = models.CharField(_("ville"), max_length=100)
    departement = models.CharField(_("département"), max_length=100, blank=True)
    departement_code = models.CharField(_("numéro du département"), max_length=3, blank=True)
    territory = models.CharField(
        _("territoire"),
        max_length=255,
        blank=True,
        help_text=_("Le périmètre officiel du quartier, par exemple « ZUS Planoise »."),
    )
    intro = RichTextField(
        _("présentation"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Quelques phrases courtes pour présenter le quartier et son portail."),
    )
    photo = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("photo du quartier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    epn_name = models.CharField(
        _("nom de l'espace informatique"),
        max_length=255,
        blank=True,
        help_text=_("L'espace public numérique du quartier, par exemple « Cyber-base Planoise »."),
    )
    epn_host = models.CharField(
        _("qui accueille l'espace"),
        max_length=255,
        blank=True,
        help_text=_("Une phrase : la structure qui gère l'espace, le lieu."),
    )
    epn_street = models.CharField(_("adresse"), max_length=255, blank=True)
    epn_postcode = models.CharField(_("code postal"), max_length=10, blank=True)
    epn_phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    epn_email = models.EmailField(_("adresse e-mail"), blank=True)
    epn_website = models.URLField(_("site web"), blank=True)
    epn_services = models.TextField(
        _("ce qu'on y fait"),
        blank=True,
        help_text=_("Une activité par ligne, en phrases courtes."),
    )
    epn_opening_hours = OpeningHoursField(_("horaires d'ouverture"))

    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection d'images et de documents"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    animateurs_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("groupe des animateurs"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("city"),
        index.SearchField("intro"),
        index.SearchField("epn_name"),
        index.SearchField("epn_services"),
        index.FilterField("city"),
    ]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("departement"),
                FieldPanel("departement_code"),
                FieldPanel("territory"),
            ],
            heading=_("Où se trouve le quartier"),
        ),
        FieldPanel("intro"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("epn_name"),
                FieldPanel("epn_host"),
                FieldPanel("epn_street"),
                FieldPanel("epn_postcode"),
                FieldPanel("epn_phone"),
                FieldPanel("epn_email"),
                FieldPanel("epn_website"),
                FieldPanel("epn_services"),
                FieldPanel("epn_opening_hours"),
            ],
            heading=_("L'espace informatique du quartier"),
        ),
    ]

    parent_page_types = ["home.HomePage"]

    class Meta:
        verbose_name = _("quartier")
        verbose_name_plural = _("quartiers")

    @property
    def epn_services_list(self):
        return [line.strip() for line in self.epn_services.splitlines() if line.strip()]

    @classmethod
    def clean_subpage_models(cls):
        """Every installed section, without naming any (see `core.models.SectionPage`)."""
        return section_models()

    def sections(self):
        """The quartier's published sections, in menu order, as their own page types."""
        return memoize(("quartier_sections", self.pk), self._find_sections)

    def _find_sections(self):
        order = {model: model.section_order for model in section_models()}
        pages = list(all_pages().child_of(self).published().in_menu().specific(defer=True))
        for page in pages:
            page.listed_by_quartier = self  # see `SectionPage.quartier`
        return sorted(pages, key=lambda page: (order.get(type(page), 0), page.path))

    def with_content_json(self, content):
        """A revision never brings back another collection or group than provisioning set."""
        page = super().with_content_json(content)
        page.collection_id = self.collection_id
        page.animateurs_group_id = self.animateurs_group_id
        return page

    def section_tiles(self):
        """One tile per section: its plain name, its own name and what is live there now."""
        return [{"page": section, "teaser": section.get_teaser()} for section in self.sections()]

    @cached_property
    def epn_schedule(self):
        """The digital space's hours (OpenStreetMap syntax, as the directory's actors)."""
        return Schedule(self.epn_opening_hours, subdiv=self.departement_code)

    @cached_property
    def epn_status(self):
        """Open now? "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h"."""
        return self.epn_schedule.status()

    def opening_days(self, today=None):
        """This week's opening hours, Monday to Sunday, today and public holidays marked."""
        return self.epn_schedule.week(today)

    OWN_IMAGES = ("photo", "listing_image", "social_image")

    def attach_images(self, pages):
        """Its photo, listing and sharing images (often the same one) and the listing
        images of `pages`, in one query."""
        images = images_with_renditions(
            [
                *(getattr(self, f"{field}_id") for field in self.OWN_IMAGES),
                *(page.listing_image_id for page in pages),
            ],
            HERO,
            SHARE,
            CARD,
        )
        for field in self.OWN_IMAGES:
            image_id = getattr(self, f"{field}_id")
            if image_id in images:
                setattr(self, field, images[image_id])
        set_listing_images(pages, images)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        latest = latest_pages(self, LATEST_COUNT, with_images=False)
        self.attach_images(latest)
        context["latest"] = latest
        context["tiles"] = self.section_tiles()
        context["opening_days"] = self.opening_days()
        return context
