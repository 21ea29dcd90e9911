"""The requested site with its root page already as its own type: one query, not two.

To serve a page, Wagtail finds the site (one query, its root page joined as a plain page),
then asks that root page for its own type (a second query) to route below it, on every
page view. `find_site` asks for both at once: the page types a site can start at are
joined to the site's query. `core.views.serve` hands the site over to Wagtail through the attribute
where `Site.find_for_request` keeps it for the request (documented in its docstring).
`tests/core/test_site_lookup.py` checks that both pick the same site in every case.
"""

from functools import cache

from django.db.models import Case, IntegerField, Q, When
from django.http.request import split_domain_port
from wagtail.models import Page, Site, get_page_models

from .specific import as_own_type, joined, type_accessors

# Wagtail's order of preference (wagtail.models.sites.get_site_for_hostname).
HOSTNAME_PORT, HOSTNAME_DEFAULT, DEFAULT, HOSTNAME = range(4)
WAGTAIL_SITE_ATTRIBUTE = "_wagtail_site"


@cache
def root_accessors():
    """How a plain page reaches its own type, for each page type a site can start at."""
    from .models import quartier_model  # the models use this module

    models = {model for model in get_page_models() if Page in model.allowed_parent_page_models()}
    return type_accessors(models | {quartier_model()})


def find_site(request):
    """The site answering `request` (as Wagtail chooses it), its root page as its own type."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    sites = list(
        joined(Site.objects.select_related("root_page"), root_accessors(), "root_page__")
        .annotate(
            match=Case(
                When(hostname=hostname, port=port, then=HOSTNAME_PORT),
                When(hostname=hostname, is_default_site=True, then=HOSTNAME_DEFAULT),
                When(is_default_site=True, then=DEFAULT),
                default=HOSTNAME,
                output_field=IntegerField(),
            )
        )
        .filter(Q(hostname=hostname) | Q(is_default_site=True))
        .order_by("match")
    )
    if not sites:
        return None
    site = sites[0]
    if len(sites) > 1 and site.match not in (HOSTNAME_PORT, HOSTNAME_DEFAULT):
        if site.match != DEFAULT:
            return None  # one hostname on several ports, none of them the request's
        site = sites[len(sites) == 2]
    site.root_page = as_own_type(site.root_page, root_accessors())
    return site


def site_for_request(request):
    """The request's site, found once (`Site.find_for_request` then finds it too)."""
    if not hasattr(request, WAGTAIL_SITE_ATTRIBUTE):
        setattr(request, WAGTAIL_SITE_ATTRIBUTE, find_site(request))
    return getattr(request, WAGTAIL_SITE_ATTRIBUTE)
