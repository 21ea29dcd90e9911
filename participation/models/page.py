"""The section "Participer": the choices, the forms, the thanks, the private status pages."""

import logging

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.access import quartier_ids_of
from core.models import Contributor, SectionPage

from ..kinds import kind_by_slug, kinds_for
from ..ratelimit import give_back_slot, take_slot
from ..storage import StorageUnavailable
from ..submission import Submission, submit
from .contribution import Contribution

logger = logging.getLogger(__name__)

DEFAULT_CHARTER = _(
    "Je parle du quartier avec respect.\n"
    "Je n'écris rien de méchant, ni de faux, sur personne.\n"
    "Je ne montre personne sans son accord.\n"
    "J'envoie mes photos et mes textes, ou ceux qu'on m'a permis d'envoyer.\n"
    "Les animateurs relisent tout avant de publier. Ils peuvent corriger ou refuser."
)


class ParticipationPage(RoutablePageMixin, SectionPage):
    """Where residents send articles, memories, events and corrections."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux ou trois phrases pour inviter les habitants à participer."),
    )
    charter = models.TextField(
        _("charte"),
        default=DEFAULT_CHARTER,
        help_text=_("Les règles, une par ligne, en phrases courtes."),
    )

    section_slug = "participer"
    section_label = _("Participer")
    section_description = _(
        "Écrire pour le journal, partager un souvenir, proposer un rendez-vous."
    )
    section_order = 60
    animateur_permissions = ("participation.view_contribution", "participation.change_contribution")
    teaser_template = "participation/section_teaser.html"

    subpage_types: list[str] = []
    content_panels = [*SectionPage.content_panels, FieldPanel("intro"), FieldPanel("charter")]
    search_fields = [*SectionPage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("page « Participer »")
        verbose_name_plural = _("pages « Participer »")

    @property
    def charter_lines(self):
        return [line.strip() for line in self.charter.splitlines() if line.strip()]

    def get_teaser(self):
        """How many contributions the quartier published this month."""
        start = timezone.localdate().replace(day=1)
        return {
            "published": Contribution.objects.filter(
                quartier__path=self.path[: -self.steplen],  # its parent, without a query
                status=Contribution.Status.PUBLISHED,
                decided_at__date__gte=start,
            ).count()
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kinds"] = kinds_for(self.quartier())
        return context

    def animates_this_quartier(self, request):
        user = request.user
        return user.is_authenticated and (
            user.is_superuser or self.get_parent().pk in quartier_ids_of(user)
        )

    @path("merci/", name="thanks")
    def thanks_view(self, request):
        token = request.GET.get("suivi", "")
        return TemplateResponse(
            request,
            "participation/thanks.html",
            {**self.get_context(request), "status_url": self.status_url(token) if token else ""},
        )

    @path("suivi/<str:token>/", name="status")
    def status_view(self, request, token):
        contribution = (
            Contribution.objects.filter(token=token, quartier_id=self.get_parent().pk)
            .select_related("page")
            .first()
        )
        if contribution is None:
            raise Http404
        response = TemplateResponse(
            request,
            "participation/status.html",
            {**self.get_context(request), "contribution": contribution},
        )
        response["X-Robots-Tag"] = "noindex"
        add_never_cache_headers(response)
        return response

    @path("auteurs/<int:contributor_id>/", name="contributor")
    def contributor_view(self, request, contributor_id):
        contributor = Contributor.objects.filter(
            pk=contributor_id, quartier_id=self.get_parent().pk
        ).first()
        if contributor is None:
            raise Http404
        published = (
            Contribution.objects.filter(
                contributor=contributor, status=Contribution.Status.PUBLISHED
            )
            .exclude(page__isnull=True)
            .select_related("page")
            .order_by("-decided_at")
        )
        pages = [item.page for item in published if item.page.live]
        return TemplateResponse(
            request,
            "participation/contributor.html",
            {**self.get_context(request), "contributor": contributor, "pages": pages},
        )

    @path("<slug:kind_slug>/", name="form")
    def form_view(self, request, kind_slug):
        kind = kind_by_slug(kind_slug)
        quartier = self.quartier()
        if kind is None or kind.section(quartier) is None:
            raise Http404
        on_behalf = self.animates_this_quartier(request)
        context = {**self.get_context(request), "kind": kind, "on_behalf": on_behalf}
        if request.method != "POST":
            form = kind.form_class(quartier=quartier, on_behalf=on_behalf)
            return self.render_form(request, context, form)
        form = kind.form_class(request.POST, request.FILES, quartier=quartier, on_behalf=on_behalf)
        # A person who sends too early gets the messages, not a thank-you for nothing.
        if not form.is_valid():
            return self.render_form(request, context, form, status=400)
        if form.is_bot():
            # A robot sees the usual thanks; nothing is stored, nothing is sent.
            return redirect(self.url + self.reverse_subpage("thanks"))
        if not take_slot(request):
            context["over_limit"] = True
            return self.render_form(request, context, form, status=429)
        data = form.cleaned_data
        try:
            contribution = submit(
                Submission(
                    kind=kind,
                    quartier=quartier,
                    data=data,
                    photos=data.get("photos") or [],
                    entered_by=request.user if data.get("for_resident") else None,
                ),
                status_url=lambda item: request.build_absolute_uri(self.status_url(item.token)),
            )
        except StorageUnavailable:
            logger.exception("A contribution's photos could not be stored; nothing was kept.")
            give_back_slot(request)
            context["storage_failed"] = True
            return self.render_form(request, context, form, status=503)
        return redirect(self.url + self.reverse_subpage("thanks") + f"?suivi={contribution.token}")

    def status_url(self, token):
        return self.url + self.reverse_subpage("status", args=[token])

    def render_form(self, request, context, form, status=200):
        response = TemplateResponse(
            request, "participation/form.html", {**context, "form": form}, status=status
        )
        add_never_cache_headers(response)
        return response
