"""Event dates in templates, always in Paris time."""

from django import template
from django.utils import dateformat

from ..recurrence import local

register = template.Library()


@register.filter
def paris(moment, format_string="j F Y"):
    """`moment` in Paris, formatted like Django's `date` filter."""
    if not moment:
        return ""
    return dateformat.format(local(moment), format_string)


@register.filter
def iso_paris(moment):
    """For <time datetime="…">: ISO 8601 with Paris' offset of that day."""
    if not moment:
        return ""
    return local(moment).isoformat(timespec="minutes")
