"""A quartier's directory: its actors grouped by need, filters, a printable list, and its
open data (LaMednum's lieux de médiation numérique, data·inclusion)."""

import io

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.forms import PortalPageForm
from core.models import SectionPage
from core.opening_hours import Schedule

from ..filters import group_by_need, read_filters
from ..opendata import datainclusion, lamednum
from ..vocabulary import KIND_VALUES, Kind, Need
from .actor import ActorPage

EXPORT_CACHE = "public, max-age=3600"


def csv_response(actors, filename):
    stream = io.StringIO()
    lamednum.write_csv(actors, stream)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = EXPORT_CACHE
    return response


def json_response(data):
    response = JsonResponse(
        data,
        safe=False,
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Cache-Control"] = EXPORT_CACHE
    return response


class AnnuairePage(RoutablePageMixin, SectionPage):
    """The directory of a quartier. Its title is the directory's own name."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux phrases courtes : ce qu'on trouve ici, et qui le tient à jour."),
    )

    section_slug = "annuaire"
    section_label = _("Annuaire")
    section_description = _("Qui fait quoi près de chez vous : adresses, horaires, téléphones.")
    section_order = 40
    teaser_template = "annuaire/section_teaser.html"

    subpage_types = ["annuaire.ActorPage"]
    base_form_class = PortalPageForm

    content_panels = [*SectionPage.content_panels, FieldPanel("intro")]
    search_fields = [*SectionPage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("annuaire")
        verbose_name_plural = _("annuaires")

    def actors(self):
        return ActorPage.objects.child_of(self).published().by_name()

    def actor_list(self, quartier=None):
        """The published actors, each knowing its quartier's public holidays."""
        subdiv = quartier.departement_code if quartier else None
        actors = list(self.actors())
        for actor in actors:
            actor.subdiv = subdiv
            actor.quartier = quartier
        return actors

    def get_teaser(self):
        """How many places, and how many are open now."""
        hours = list(self.actors().values_list("opening_hours", flat=True))
        if not hours:
            return None
        quartier = self.quartier()
        subdiv = quartier.departement_code if quartier else None  # its own public holidays
        now = timezone.now()
        return {
            "count": len(hours),
            "open_now": sum(1 for value in hours if Schedule(value, subdiv=subdiv).is_open(now)),
        }

    def search_help_links(self):
        """Shown when a search finds nothing in the quartier: the directory, need by need."""
        return [(need.label, f"{self.url}?besoin={need.value}") for need in Need]

    def _frame(self, request):
        quartier = self.quartier()
        return quartier, {"current_quartier": quartier} if quartier else {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        quartier, frame = self._frame(request)
        actors = self.actor_list(quartier)
        filters = read_filters(request.GET)
        now = timezone.now()
        selected = filters.apply(actors, now)
        present_kinds = sorted({actor.kind for actor in actors if actor.kind in KIND_VALUES})
        present_needs = {need for actor in actors for need in actor.needs}
        context.update(
            frame,
            annuaire=self,
            actors=selected,
            actor_count=len(actors),
            groups=group_by_need(selected),
            filters=filters,
            need_choices=[need for need in Need if need.value in present_needs],
            kind_choices=[Kind(kind) for kind in present_kinds],
            # Worked out only when a template shows it (not on the printed list).
            open_now_count=lambda: sum(1 for actor in actors if actor.status.is_open),
        )
        return context

    @path("imprimer/", name="print")
    def print_view(self, request):
        """The whole directory on one sheet: name, address, phone, hours."""
        quartier, frame = self._frame(request)
        actors = self.actor_list(quartier)
        return self.render(
            request,
            template="annuaire/annuaire_print.html",
            context_overrides={**frame, "actors": actors, "printed_on": timezone.localdate()},
        )

    @path("donnees/lieux-mediation-numerique/", name="lamednum")
    def lamednum_view(self, request):
        quartier = self.quartier()
        actors = self.actor_list(quartier)
        slug = quartier.slug if quartier else self.slug
        return csv_response(actors, f"lieux-mediation-numerique-{slug}.csv")

    @path("donnees/data-inclusion/", name="data_inclusion")
    def data_inclusion_view(self, request):
        actors = self.actor_list(self.quartier())
        return json_response(datainclusion.export(actors, request))

    def export_links(self):
        return [
            {
                "label": _("Lieux de médiation numérique (CSV, standard LaMednum)"),
                "url": self.url + self.reverse_subpage("lamednum"),
                "type": "text/csv",
            },
            {
                "label": _("Structures et services (JSON, schéma data·inclusion)"),
                "url": self.url + self.reverse_subpage("data_inclusion"),
                "type": "application/json",
            },
        ]

    def print_url(self):
        return self.url + self.reverse_subpage("print")
