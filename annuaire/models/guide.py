"""The newcomers' guide: the first démarches after moving in, step by step, each with the
actors who help, and a checklist to print. Written in short sentences, one idea a line."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.forms import PortalPageForm
from core.models import SectionPage, quartier_model
from core.queries import attach_quartiers


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("l'étape"),
        max_length=120,
        help_text=_(
            "Ce qu'il faut faire, en quelques mots. Par exemple : « Inscrivez-vous à la CAF »."
        ),
    )
    lines = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("une phrase")),
        label=_("comment faire"),
        min_num=1,
        help_text=_("Une idée par ligne. Des phrases courtes, des mots simples."),
    )
    bring = blocks.ListBlock(
        blocks.CharBlock(max_length=150, label=_("un document")),
        label=_("à apporter"),
        required=False,
        default=[],
    )
    actors = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="annuaire.ActorPage", label=_("un lieu")),
        label=_("qui vous aide"),
        required=False,
        default=[],
        help_text=_("Les lieux de l'annuaire du quartier qui aident pour cette étape."),
    )
    link = blocks.URLBlock(
        label=_("le site officiel"),
        required=False,
        help_text=_("Par exemple la page de la démarche sur service-public.fr."),
    )

    class Meta:
        icon = "tick"
        label = _("Étape")
        template = "annuaire/blocks/step.html"


class GuideStepsBlock(blocks.StreamBlock):
    step = StepBlock()


def step_data(title, lines, actors=(), bring=(), link=""):
    """A guide step as the database stores it (demo content, tests)."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "lines": list(lines),
            "bring": list(bring),
            "actors": [actor.pk for actor in actors],
            "link": link,
        },
    }


class NewcomersGuidePage(RoutablePageMixin, SectionPage):
    """ "Bienvenue": what to do first after moving into the quartier."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux ou trois phrases courtes, une idée par phrase."),
    )
    steps = StreamField(GuideStepsBlock(), verbose_name=_("les étapes"), blank=True)

    section_slug = "bienvenue"
    section_label = _("Bienvenue")
    section_description = _("Vous venez d'arriver ? Les démarches à faire, une par une.")
    section_order = 50
    teaser_template = "annuaire/guide_teaser.html"
    portal_teaser_template = "annuaire/portal_teaser.html"

    subpage_types: list[str] = []
    base_form_class = PortalPageForm

    content_panels = [*SectionPage.content_panels, FieldPanel("intro"), FieldPanel("steps")]
    search_fields = [
        *SectionPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("steps"),
    ]

    class Meta:
        verbose_name = _("guide des nouveaux arrivants")
        verbose_name_plural = _("guides des nouveaux arrivants")

    def search_help_links(self):
        """Shown when a search finds nothing in the quartier: the guide itself."""
        return [(self.title, self.url)]

    def step_values(self):
        return [block.value for block in self.steps if block.block_type == "step"]

    def get_teaser(self):
        """How many steps, and the first one: read from the stored data, so that the
        places the steps name are not looked up for a tile that does not show them."""
        titles = [step["value"]["title"] for step in self.steps.raw_data if step["type"] == "step"]
        if not titles:
            return None
        return {"count": len(titles), "first": titles[0]}

    @classmethod
    def get_portal_teaser(cls, root):
        """Each quartier's guide, and whether its digital space is open now."""
        guides = list(
            cls.objects.descendant_of(root)
            .published()
            .only("title", "url_path", "path", "depth")
            .order_by("path")
        )
        attach_quartiers(guides)
        guides = [guide for guide in guides if guide.quartier is not None]
        guides.sort(key=lambda guide: guide.quartier.title)
        return guides or None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        quartier = quartier_model().objects.ancestor_of(self).first()
        if quartier is not None:
            context["current_quartier"] = quartier
        context["steps"] = self.step_values()
        return context

    @path("a-imprimer/", name="checklist")
    def checklist_view(self, request):
        """The steps as a checklist to print and tick with a pen."""
        return self.render(request, template="annuaire/guide_checklist.html")

    def checklist_url(self):
        return self.url + self.reverse_subpage("checklist")
