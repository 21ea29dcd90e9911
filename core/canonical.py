"""One address per page: a quartier with its own hostname is not also served by the portal."""

from django.http import HttpResponsePermanentRedirect

from .site_roots import current_site


def canonical_redirect(page, request):
    """A redirect to the page's own site, when it is requested on another one; else None.

    Sub-paths of routable pages (feeds, print editions) and the query string are kept.
    """
    site = current_site(request)
    parts = page.get_url_parts(request)
    if site is None or parts is None:
        return None
    site_id, root_url, canonical_path = parts
    if site_id == site.pk or root_url is None:
        return None
    path_here = "/" + page.url_path.removeprefix(site.root_page.url_path)
    rest = request.path.removeprefix(path_here) if request.path.startswith(path_here) else ""
    query = request.META.get("QUERY_STRING", "")
    target = root_url + canonical_path + rest + (f"?{query}" if query else "")
    return HttpResponsePermanentRedirect(target)
