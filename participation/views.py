"""The animateurs' views: contributions awaiting review, their photos, the figures."""

import io

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image
from wagtail.admin import messages
from wagtail.admin.auth import permission_required

from .models import Contribution, ContributionPhoto
from .moderation import decide, reject_contribution
from .numbers import by_quartier, figures_csv, monthly_figures

THUMBNAIL = (480, 480)


def contributions_for(user):
    return Contribution.objects.for_user(user)


def photo_for(user, pk):
    photo = get_object_or_404(ContributionPhoto.objects.select_related("contribution"), pk=pk)
    if not contributions_for(user).filter(pk=photo.contribution_id).exists():
        raise PermissionDenied
    return photo


@permission_required("participation.view_contribution")
def pending(request):
    contributions = (
        contributions_for(request.user)
        .pending()
        .with_listing_data()
        .select_related("correction__actor")
    )
    overdue_ids = set(contributions_for(request.user).overdue().values_list("pk", flat=True))
    return TemplateResponse(
        request,
        "participation/admin/pending.html",
        {
            "contributions": contributions,
            "overdue": [item for item in contributions if item.pk in overdue_ids],
            "pending_days": settings.PARTICIPATION_PENDING_DAYS,
            "page_title": _("Contributions des habitants"),
        },
    )


@permission_required("participation.view_contribution")
def photo(request, pk):
    """A pending photo, only for the moderators of its quartier, never cached or public."""
    pending_photo = photo_for(request.user, pk)
    if not pending_photo.file:
        return HttpResponse(status=404)
    with pending_photo.file.open("rb") as source, Image.open(source) as image:
        image.thumbnail(THUMBNAIL)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG", quality=80)
    response = HttpResponse(buffer.getvalue(), content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@permission_required("participation.change_contribution")
def drop_photo(request, pk):
    pending_photo = photo_for(request.user, pk)
    if pending_photo.contribution.status == Contribution.Status.PENDING:
        pending_photo.discard()
        messages.success(request, _("La photo ne sera pas publiée. Elle est effacée."))
    return redirect("participation_pending")


@permission_required("participation.view_contribution")
def figures(request):
    rows = monthly_figures(contributions_for(request.user))
    if request.GET.get("format") == "csv":
        return figures_csv(rows)
    return TemplateResponse(
        request,
        "participation/admin/figures.html",
        {
            "quartiers": by_quartier(rows),
            "page_title": _("Contributions : les chiffres"),
        },
    )


@require_POST
@permission_required("participation.change_contribution")
def decide_request(request, pk, accepted):
    """Accept (the animateur made the change) or dismiss, with a reason, a reported change."""
    contribution = get_object_or_404(
        Contribution.objects.pending().filter(correction__isnull=False), pk=pk
    )
    if not contributions_for(request.user).filter(pk=pk).exists():
        raise PermissionDenied
    if accepted:
        decide(contribution, Contribution.Status.PUBLISHED)
        messages.success(request, _("Le changement est noté comme pris en compte. Merci !"))
    else:
        reason = request.POST.get("reason", "").strip()[:1000] or _("Pas de raison donnée.")
        reject_contribution(contribution, reason)
        messages.success(
            request, _("Le changement n'est pas retenu ; la personne verra la raison.")
        )
    return redirect("participation_pending")
