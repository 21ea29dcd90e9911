"""Public forms: each field with its label, its hint and its errors, tied together for
screen readers (aria-describedby, aria-invalid), radio groups in a fieldset."""

from django import forms, template

register = template.Library()


def field_kind(field):
    widget = field.field.widget
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.inclusion_tag("components/form_field.html")
def form_field(field):
    help_id, errors_id = f"{field.auto_id}-aide", f"{field.auto_id}-erreurs"
    described_by = [help_id] if field.help_text else []
    if field.errors:
        described_by.append(errors_id)
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    kind = field_kind(field)
    return {
        "field": field,
        "kind": kind,
        "widget": field.as_widget(attrs={} if kind == "radio" else attrs),
        "described_by": " ".join(described_by),
        "help_id": help_id,
        "errors_id": errors_id,
    }
