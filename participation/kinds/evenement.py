"""Propose an event for the quartier's agenda."""

import datetime
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.blocks import photo_data
from events.drafts import event_from_answers

from ..forms import ContributionForm, TextField
from . import PageKind

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def paris_moment(day, time):
    """An aware datetime in Paris; None for a time the clock skips (summer time)."""
    moment = datetime.datetime.combine(day, time, tzinfo=PARIS)
    back = moment.astimezone(datetime.UTC).astimezone(PARIS)
    return moment if back.replace(tzinfo=None) == moment.replace(tzinfo=None) else None


class EventForm(ContributionForm):
    title = TextField(
        label=gettext_lazy("Le nom de l'événement"),
        max_length=120,
        help_text=gettext_lazy("Exemple : « Repas partagé de la rue des Lilas »."),
    )
    day = forms.DateField(
        label=gettext_lazy("Quel jour ?"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Par exemple 14/07/2027."),
        error_messages={"invalid": gettext_lazy("Écrivez la date comme ceci : 14/07/2027.")},
    )
    start_time = forms.TimeField(
        label=gettext_lazy("À quelle heure ça commence ?"),
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"invalid": gettext_lazy("Écrivez l'heure comme ceci : 14:30.")},
    )
    end_time = forms.TimeField(
        label=gettext_lazy("À quelle heure ça finit ?"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"invalid": gettext_lazy("Écrivez l'heure comme ceci : 17:00.")},
    )
    place = TextField(
        label=gettext_lazy("Où ?"),
        max_length=255,
        help_text=gettext_lazy("Une adresse, une salle, une place du quartier."),
    )
    description = TextField(
        label=gettext_lazy("Qu'est-ce qu'on y fait ?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    organiser = TextField(
        label=gettext_lazy("Qui organise ?"),
        max_length=150,
        required=False,
        help_text=gettext_lazy("Une association, un groupe d'habitants, vous…"),
    )
    free = forms.ChoiceField(
        label=gettext_lazy("C'est gratuit ?"),
        choices=[
            ("oui", gettext_lazy("Oui, c'est gratuit")),
            ("non", gettext_lazy("Non, c'est payant")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Dites si c'est gratuit ou payant.")},
    )

    def clean_day(self):
        day = self.cleaned_data["day"]
        if day < timezone.localdate():
            raise forms.ValidationError(
                _("Cette date est passée. Proposez un événement qui reste à venir.")
            )
        return day

    def clean(self):
        cleaned_data = super().clean()
        day, start_time = cleaned_data.get("day"), cleaned_data.get("start_time")
        if day is None or start_time is None:
            return cleaned_data
        cleaned_data["start"] = paris_moment(day, start_time)
        if cleaned_data["start"] is None:
            self.add_error(
                "start_time", _("Cette heure n'existe pas ce jour-là (changement d'heure).")
            )
        end_time = cleaned_data.get("end_time")
        if end_time is not None:
            cleaned_data["end"] = paris_moment(day, end_time)
            if end_time <= start_time:
                self.add_error("end_time", _("La fin doit venir après le début."))
        return cleaned_data


class EventKind(PageKind):
    slug = "evenement"
    label = gettext_lazy("Proposer un événement")
    description = gettext_lazy(
        "Une fête, une réunion, un atelier : il paraîtra dans l'agenda du quartier."
    )
    section_type = "events.AgendaPage"
    form_class = EventForm
    done_label = gettext_lazy("Publié dans l'agenda")

    def build_page(self, section, data, contributor):
        return event_from_answers(
            title=data["title"],
            start=data["start"],
            end=data.get("end"),
            place=data["place"],
            description=data["description"],
            organiser=data.get("organiser") or contributor.name,
            free=data["free"] == "oui",
        )

    def attach_photos(self, page, images, data):
        raw = list(page.body.raw_data)
        raw.extend(
            {"type": "photo", "value": photo_data(image.pk, alt_text=image.default_alt_text)}
            for image in images
        )
        page.body = raw


KIND = EventKind()
