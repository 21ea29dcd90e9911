"""A list of codes from a fixed vocabulary (needs, publics…), ticked in the admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _


class ChoicesListField(models.JSONField):
    """Stored as a JSON list of codes; edited as checkboxes; unknown codes are refused."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def allowed(self):
        return [value for value, _label in self.item_choices]

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError(_("Choisissez dans la liste."), code="invalid_choice")
        unknown = [item for item in value if item not in self.allowed()]
        if unknown:
            raise ValidationError(
                _("« %(value)s » n'est pas dans la liste.") % {"value": unknown[0]},
                code="invalid_choice",
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
        )

    def labels(self, value):
        names = dict(self.item_choices)
        return [str(names[item]) for item in value or () if item in names]
