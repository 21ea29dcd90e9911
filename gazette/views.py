"""The feed across all quartiers (outside the page tree)."""

from django.views.decorators.http import require_GET

from home.views import site_root

from .feeds import all_quartiers_feed


@require_GET
def all_quartiers(request):
    return all_quartiers_feed(site_root(request), request)
