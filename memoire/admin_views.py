"""The animateurs' step "Garder en mémoire": a past event's photos become memory items."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from core.renditions import THUMBNAIL
from core.stream import prefetch_renditions

from .from_event import (
    archive_of,
    event_date_text,
    event_photos,
    is_past_event,
    memories_from_event,
)
from .periods import PeriodError, parse_period


class FromEventForm(forms.Form):
    photos = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Les photos à garder"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Choisissez au moins une photo.")},
        help_text=gettext_lazy("Chaque photo devient un souvenir, en brouillon."),
    )
    date_text = forms.CharField(
        label=gettext_lazy("Date"),
        max_length=100,
        help_text=gettext_lazy("Le jour de l'événement. Vous pouvez l'écrire autrement."),
    )
    place = forms.CharField(
        label=gettext_lazy("Lieu"),
        max_length=150,
        required=False,
        help_text=gettext_lazy("Le lieu de l'événement ; il rejoint les lieux de mémoire."),
    )

    def __init__(self, *args, images=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photos"].choices = [(image.pk, image.title) for image in images]

    def clean_date_text(self):
        text = " ".join(self.cleaned_data["date_text"].split())
        try:
            parse_period(text)
        except PeriodError as error:
            raise ValidationError(str(error)) from error
        return text


def from_event(request, event_id):
    event = get_object_or_404(Page, pk=event_id).specific
    if not is_past_event(event):
        raise Http404
    archive = archive_of(event)
    permissions = event.permissions_for_user(request.user)
    if (
        archive is None
        or not permissions.can_edit()
        or not archive.permissions_for_user(request.user).can_add_subpage()
    ):
        raise PermissionDenied
    images = event_photos(event, request.user)
    form = FromEventForm(
        request.POST or None,
        images=images,
        initial={
            "photos": [image.pk for image in images],
            "date_text": event_date_text(event),
            "place": getattr(event, "place_name", ""),
        },
    )
    if request.method == "POST" and form.is_valid():
        chosen = [image for image in images if image.pk in form.cleaned_data["photos"]]
        items = memories_from_event(
            event,
            chosen,
            archive,
            form.cleaned_data["date_text"],
            form.cleaned_data["place"],
            user=request.user,
        )
        messages.success(
            request,
            _(
                "%(count)s souvenir(s) en brouillon dans « %(archive)s ». Relisez-les, puis "
                "publiez-les : l'accord des personnes sur les photos sera vérifié."
            )
            % {"count": len(items), "archive": archive.title},
        )
        return redirect(reverse("wagtailadmin_explore", args=[archive.pk]))
    prefetch_renditions(images, THUMBNAIL)
    return render(
        request,
        "memoire/admin/from_event.html",
        {
            "event": event,
            "archive": archive,
            "form": form,
            "images": images,
            "page_title": _("Garder en mémoire : %(title)s") % {"title": event.title},
            "header_icon": "time",
        },
    )
