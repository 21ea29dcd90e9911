"""Pages of several types as their own types, in the query that finds them.

Wagtail's `.specific()` finds pages, then asks each page type's table for its pages: one
query, plus one per page type present, so a list costs more when it mixes more types.
Every page type's table has a one-to-one link to the page table, so the same query can
join the tables of the types a list may hold, and build each page as its own type.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page


def type_accessors(models):
    """How a plain page reaches each of `models` (the direct page types among them)."""
    return tuple(
        sorted(
            model._meta.parents[Page].remote_field.get_accessor_name()
            for model in models
            if Page in model._meta.parents
        )
    )


def joined(queryset, accessors, prefix=""):
    """`queryset` with the tables of `accessors` joined (below the relation `prefix`)."""
    return queryset.select_related(*(f"{prefix}{accessor}" for accessor in accessors))


def as_own_type(page, accessors):
    """`page` as its own type, from a table joined by `joined`; else as it is."""
    for accessor in accessors:
        try:
            return getattr(page, accessor)
        except ObjectDoesNotExist:
            continue
    return page


def pages_as_their_types(queryset, models):
    """The pages of `queryset` (of the types `models`) as their own types, in one query."""
    accessors = type_accessors(models)
    return [as_own_type(page, accessors) for page in joined(queryset, accessors)]
