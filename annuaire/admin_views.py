"""The animateurs' tools for the directory: actors to check again, "checked today" in one
click, and importing a LaMednum file. Each works only in the user's own quartiers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log
from wagtail.models import Revision

from core.queries import attach_quartiers

from .forms import ImportForm
from .models import ActorPage, AnnuairePage
from .models.actor import stale_before
from .opendata.lamednum import import_lieux

CHECKED_ACTION = "annuaire.checked"


def editable_annuaires(user):
    """The directories whose actors the user may edit (their quartiers'; all for an admin)."""
    annuaires = AnnuairePage.objects.order_by("path")
    if user.is_active and user.is_superuser:
        return list(annuaires)
    return [
        annuaire for annuaire in annuaires if annuaire.permissions_for_user(user).can_add_subpage()
    ]


def freshness(request):
    """Per quartier, the actors not checked for six months, oldest check first."""
    annuaires = editable_annuaires(request.user)
    stale = ActorPage.objects.none()
    if annuaires:
        within = Q()
        for annuaire in annuaires:
            within |= Q(path__startswith=annuaire.path, depth=annuaire.depth + 1)
        stale = ActorPage.objects.stale().filter(within).order_by("last_checked", "title")
    actors = attach_quartiers(list(stale))
    groups = {}
    for actor in actors:
        quartier = actor.quartier
        groups.setdefault(quartier.pk if quartier else None, {"quartier": quartier, "actors": []})[
            "actors"
        ].append(actor)
    return render(
        request,
        "annuaire/admin/freshness.html",
        {
            "groups": sorted(
                groups.values(),
                key=lambda group: group["quartier"].title if group["quartier"] else "",
            ),
            "stale_before": stale_before(),
            "annuaires": annuaires,
            "page_title": _("Annuaire : lieux à vérifier"),
            "header_icon": "tick",
        },
    )


def _mark_revisions(actor, today):
    ids = {actor.latest_revision_id, actor.live_revision_id} - {None}
    for revision in Revision.objects.filter(pk__in=ids):
        revision.content["last_checked"] = today.isoformat()
        revision.save(update_fields=["content"])


@require_POST
def mark_checked(request, actor_id):
    """ "Vérifié aujourd'hui": the actor's information was checked today (one click)."""
    actor = get_object_or_404(ActorPage, pk=actor_id)
    if not actor.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    today = timezone.localdate()
    ActorPage.objects.filter(pk=actor.pk).update(last_checked=today)
    _mark_revisions(actor, today)
    log(instance=actor, action=CHECKED_ACTION, user=request.user)
    messages.success(request, _("« %(name)s » : vérifié aujourd'hui.") % {"name": actor.title})
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(reverse("annuaire_admin:freshness"))


def import_view(request):
    """Upload a LaMednum CSV into one of the user's directories; shows what happened."""
    annuaires = editable_annuaires(request.user)
    if not annuaires:
        raise PermissionDenied
    report = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, annuaires=annuaires)
        if form.is_valid():
            annuaire = form.cleaned_data["annuaire"]
            if not annuaire.permissions_for_user(request.user).can_publish_subpage():
                raise PermissionDenied
            report = import_lieux(form.cleaned_data["file"].read(), annuaire, user=request.user)
            if report.created or report.updated:
                messages.success(
                    request,
                    _("%(created)s lieu(x) ajouté(s), %(updated)s mis à jour.")
                    % {"created": len(report.created), "updated": len(report.updated)},
                )
            form = ImportForm(annuaires=annuaires, initial={"annuaire": annuaire.pk})
    else:
        form = ImportForm(annuaires=annuaires)
    return render(
        request,
        "annuaire/admin/import.html",
        {
            "form": form,
            "report": report,
            "page_title": _("Annuaire : importer des lieux"),
            "header_icon": "download",
        },
    )
