"""The agenda's filters, from the address (the event editor's checks are its model's)."""

from django import forms
from django.utils.translation import gettext_lazy

from .choices import Audience, EventKind


class AgendaFilterForm(forms.Form):
    """The agenda's filters, from the address: `?type=atelier&public=enfants&gratuit=1`."""

    type = forms.ChoiceField(
        label=gettext_lazy("Type"),
        required=False,
        choices=[("", gettext_lazy("Tous les types")), *EventKind.choices],
    )
    public = forms.ChoiceField(
        label=gettext_lazy("Pour qui"),
        required=False,
        choices=[("", gettext_lazy("Tout le monde")), *Audience.choices],
    )
    gratuit = forms.BooleanField(label=gettext_lazy("Gratuit seulement"), required=False)

    def active(self):
        """The filters in use, as {name: value}, when the form is valid."""
        return {name: value for name, value in self.cleaned_data.items() if value}
