"""Which site a page belongs to, through Wagtail's public `Site.get_site_root_paths()`.

A quartier may be the root of its own Site (its own hostname). Every page is then
addressed on the most specific site it belongs to, also from the main portal, so that
each page has one canonical URL. Wagtail's own `get_url_parts` prefers the site of the
current request instead; `page_url_parts` is the one place that decides otherwise.
"""

from django.urls import NoReverseMatch, reverse
from wagtail.models import Site

from .site_lookup import site_for_request

_REQUEST_CACHE = "_portal_site_root_paths"


def site_root_paths(request=None):
    """Every site's root path, most specific first; looked up once per request."""
    cached = getattr(request, _REQUEST_CACHE, None) if request is not None else None
    if cached is None:
        cached = Site.get_site_root_paths()
        if request is not None:
            setattr(request, _REQUEST_CACHE, cached)
    return cached


def page_url_parts(page, request=None):
    """`(site_id, root_url, page_path)` on the page's most specific site, or None."""
    roots = [root for root in site_root_paths(request) if page.url_path.startswith(root.root_path)]
    if not roots:
        return None
    site_id, root_path, root_url, _language = roots[0]
    try:
        page_path = reverse("wagtail_serve", args=(page.url_path[len(root_path) :],))
    except NoReverseMatch:
        return (site_id, None, None)
    return (site_id, root_url, page_path)


def current_site(request):
    return site_for_request(request) if request is not None else None


def current_site_root(request):
    """The root page of the requested site (the portal, or a quartier on its own host)."""
    site = current_site(request)
    return site.root_page if site else None
