"""Report a change in the directory: an actor's hours changed, a new actor opened."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annuaire.models import ActorPage
from annuaire.models.actor import CORRECTABLE_FIELDS

from ..forms import ContributionForm, TextField
from ..models import CorrectionRequest
from . import RequestKind

NEW_ACTOR = "nouveau"
OTHER = "autre"


class ChangeForm(ContributionForm):
    actor = forms.ChoiceField(
        label=gettext_lazy("De quel lieu ou service parlez-vous ?"),
        help_text=gettext_lazy("Choisissez dans la liste, ou « Un nouveau lieu »."),
    )
    actor_name = TextField(
        label=gettext_lazy("Le nom du nouveau lieu"),
        max_length=255,
        required=False,
        help_text=gettext_lazy("Seulement pour un nouveau lieu."),
    )
    topic = forms.ChoiceField(
        label=gettext_lazy("Qu'est-ce qui a changé ?"),
        required=False,
        widget=forms.RadioSelect,
    )
    message = TextField(
        label=gettext_lazy("Expliquez en quelques mots"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Exemple : « Le mardi, c'est fermé l'après-midi. »"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actors = ActorPage.objects.descendant_of(self.quartier).published().order_by("title")
        self.actors = {str(actor.pk): actor for actor in actors.only("pk", "title")}
        self.fields["actor"].choices = [
            ("", _("Choisissez")),
            *((pk, actor.title) for pk, actor in self.actors.items()),
            (NEW_ACTOR, _("Un nouveau lieu, qui n'est pas dans l'annuaire")),
        ]
        fields = {field.name: field for field in ActorPage._meta.get_fields()}
        self.fields["topic"].choices = [
            *((name, str(fields[name].verbose_name).capitalize()) for name in CORRECTABLE_FIELDS),
            (OTHER, _("Autre chose")),
        ]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("actor") == NEW_ACTOR and not cleaned_data.get("actor_name"):
            self.add_error("actor_name", _("Donnez le nom du nouveau lieu."))
        cleaned_data["actor_page"] = self.actors.get(cleaned_data.get("actor"))
        return cleaned_data


class ChangeKind(RequestKind):
    slug = "changement"
    label = gettext_lazy("Signaler un changement")
    description = gettext_lazy(
        "Un horaire a changé, un lieu a fermé ou ouvert : dites-le, l'annuaire reste juste."
    )
    section_type = "annuaire.AnnuairePage"
    form_class = ChangeForm
    done_label = gettext_lazy("Prise en compte")

    def title(self, data):
        actor = data.get("actor_page")
        name = actor.title if actor else data.get("actor_name", "")
        return _("Changement : %(name)s") % {"name": name}

    def record(self, contribution, data):
        CorrectionRequest.objects.create(
            contribution=contribution,
            actor=data.get("actor_page"),
            actor_name=data.get("actor_name", ""),
            topic=data.get("topic", ""),
            message=data["message"],
        )


KIND = ChangeKind()
