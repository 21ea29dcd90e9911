"""The feed across all quartiers (outside the page tree)."""

from django.views.decorators.http import require_GET

from core.site_roots import current_site_root

from .feeds import all_quartiers_feed


@require_GET
def all_quartiers(request):
    return all_quartiers_feed(current_site_root(request), request)
