"""Whole pages for anonymous visitors, kept in the shared cache and purged precisely.

A page is kept under its host, its path and query string, and two generation numbers:
the site-wide one and its scope's one. A scope is the first segment of the path on the
main site (a quartier's slug, or a portal-wide address such as /agendas/), or the whole
host of a quartier with its own hostname. Publishing, unpublishing, moving or deleting a
page bumps its quartier's scope and every portal-wide scope (the home page, the portal's
agendas, feeds and sitemap list every quartier); a changed or deleted image or document,
a snippet, a view restriction or a site bumps the site-wide generation (a new image or
document bumps nothing: no page shows it yet, see `page_cache_purge.media_models`). Old
entries are never read again and expire by themselves (PAGE_CACHE_SECONDS).

The trade-off: a purge is one cache write, whatever the number of pages it touches, and
never misses a page that lists the changed one; in return it also drops the pages of the
same quartier that did not show it, and a change of an image drops every page. The
lifetime also bounds what depends on the clock (the digital space "open now", the next
events).

Pages kept by an earlier release (other static files) are never read (`static_release`).

Never kept: other methods than GET and HEAD, requests with a cookie other than the CSRF
one (a session, messages), the admin, responses that set a cookie or use a CSRF token (a
form), that say private/no-cache/no-store (previews, contribution status pages), or that
are not a 200.
"""

import functools
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import URLResolver, get_resolver, reverse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from .site_roots import site_root_paths

GLOBAL_SCOPE = "*"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _generation_key(scope):
    return f"page-generation:{scope}"


def _portal_root(roots):
    return min(roots, key=lambda root: len(root.root_path)) if roots else None


def scope_of(request):
    """The scope of a requested address: a quartier's own host, or the path's first segment."""
    roots = site_root_paths()
    portal = _portal_root(roots)
    host = request.get_host().rsplit(":", 1)[0]
    for root in roots:
        if root is not portal and urlsplit(root.root_url).hostname == host:
            return f"site:{root.site_id}"
    return "path:" + request.path.lstrip("/").split("/", 1)[0]


@functools.cache
def portal_wide_segments():
    """First segments of the addresses outside the page tree (/agendas/, /sitemap.xml…)."""
    segments = {""}
    for pattern in _flatten(get_resolver().url_patterns):
        text = str(pattern.pattern)
        if text.startswith("^") or "<" in text.split("/", 1)[0]:
            continue
        segments.add(text.split("/", 1)[0])
    return frozenset(segments)


def _flatten(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if not str(pattern.pattern):
                yield from _flatten(pattern.url_patterns)
        else:
            yield pattern


def scopes_showing(url_path):
    """The scopes whose pages may show the page at `url_path`: its quartier's, its own
    site's, and every portal-wide one."""
    roots = site_root_paths()
    portal = _portal_root(roots)
    scopes = {f"path:{segment}" for segment in portal_wide_segments()}
    for root in roots:
        if root is not portal and url_path.startswith(root.root_path):
            scopes.add(f"site:{root.site_id}")
    if portal is not None and url_path.startswith(portal.root_path):
        scopes.add("path:" + url_path[len(portal.root_path) :].split("/", 1)[0])
    return scopes


def bump(*scopes):
    """Drop every page kept for these scopes (one write each)."""
    cache = page_cache()
    for scope in scopes:
        key = _generation_key(scope)
        if not cache.add(key, 1, timeout=None):
            try:
                cache.incr(key)
            except ValueError:  # evicted between add and incr
                cache.set(key, 1, timeout=None)


@functools.cache
def static_release():
    """The collected static files' fingerprint ("" without a manifest): a page kept by one
    release names that release's CSS and JavaScript files, which the next release's servers
    may not have (a fresh server, `collectstatic --clear`), so a new release reads none of it."""
    return getattr(staticfiles_storage, "manifest_hash", "") or ""


def _cache_key(request, generations):
    return "page:{}:{}:{}:{}".format(
        static_release(),
        ".".join(str(generation) for generation in generations),
        request.get_host(),
        request.get_full_path(),
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_prefix = None

    def admin_prefix(self):
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def __call__(self, request):
        if not self.may_serve_from_cache(request):
            return self.get_response(request)
        scopes = (GLOBAL_SCOPE, scope_of(request))
        cache = page_cache()
        found = cache.get_many([_generation_key(scope) for scope in scopes])
        key = _cache_key(request, [found.get(_generation_key(scope), 0) for scope in scopes])
        kept = cache.get(key)
        if kept is not None:
            return self.rebuild(kept)
        response = self.get_response(request)
        if self.may_keep(request, response):
            self.mark_public(response)
            cache.set(key, self.freeze(response), settings.PAGE_CACHE_SECONDS)
        return response

    def may_serve_from_cache(self, request):
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return False
        if getattr(request, "is_dummy", False):  # a preview
            return False
        if any(name != settings.CSRF_COOKIE_NAME for name in request.COOKIES):
            return False
        return not request.path.startswith(self.admin_prefix())

    def may_keep(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)

    def mark_public(self, response):
        """Browsers revalidate each time (ETag, 304); a CDN may keep it (frontendcache)."""
        directives = {"public": True, "max_age": 0, "must_revalidate": True}
        if settings.PAGE_CACHE_CDN_SECONDS:
            directives["s_maxage"] = settings.PAGE_CACHE_CDN_SECONDS
        patch_cache_control(response, **directives)
        response.headers.setdefault("Last-Modified", http_date(time.time()))

    def freeze(self, response):
        return (response.status_code, list(response.items()), response.content)

    def rebuild(self, kept):
        status, headers, content = kept
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
