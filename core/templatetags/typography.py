"""`{{ value|typographie }}`: French typographic spacing on user text when it is shown."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..typography import french_html, french_text

register = template.Library()


@register.filter(needs_autoescape=True)
def typographie(value, autoescape=True):
    """Plain text is escaped first (where the template escapes); HTML (safe strings, rich
    text) keeps its markup and only its text changes."""
    if value is None or value == "":
        return value
    if autoescape or hasattr(value, "__html__"):
        return mark_safe(french_html(conditional_escape(value)))  # noqa: S308 (escaped HTML)
    return french_text(str(value))
