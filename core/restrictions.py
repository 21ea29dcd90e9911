"""Page view restrictions, read once per request instead of once per listing."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

from .request_cache import forget, memoize

_KEY = "restricted_paths"


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (one query a request)."""
    return memoize(
        _KEY,
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def restrictions_above(path):
    """The restricted paths at or above `path` (none: the page at `path` is public)."""
    return [restricted for restricted in restricted_paths() if path.startswith(restricted)]


def private_q():
    """Pages behind a restriction: the restricted pages and their descendants."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_restricted_paths(**kwargs):
    forget(_KEY)
