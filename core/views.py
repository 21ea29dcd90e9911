"""Views outside the page tree (search, sitemap, robots.txt), and the page view."""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views

from . import site_search
from .models import quartier_model
from .queries import attach_quartiers
from .site_lookup import site_for_request
from .site_roots import current_site_root
from .sitemap import PortalSitemap

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
ACTOR_SUGGESTIONS = 8


def search_scope(request):
    """(the site's root, the quartier searched or None): `?quartier=<slug>` below the root;
    a quartier on its own hostname is always its own scope."""
    root = current_site_root(request)
    if root is None:
        return None, None
    quartiers = quartier_model().objects.live().public()
    if root.specific_class is quartier_model():
        return root, quartiers.filter(pk=root.pk).first()
    slug = request.GET.get("quartier", "")[:MAX_QUERY_LENGTH]
    quartier = quartiers.child_of(root).filter(slug=slug).first() if slug else None
    return root, quartier


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    kind = kind if kind in site_search.KINDS else ""
    root, quartier = search_scope(request)
    scope = quartier or root
    context = {
        "query": query,
        "kind": kind,
        "kind_filters": site_search.KIND_FILTERS,
        "results": None,
        "search_root": root,
        "search_quartier": quartier,
        "current_quartier": quartier,
        "quartier_is_site": quartier is not None and quartier.pk == getattr(root, "pk", None),
    }
    if query and scope:
        found = site_search.search(scope, query, kind, timezone.now())
        if found is not None:
            results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            attach_quartiers(results.object_list)
            for page in results.object_list:
                page.search_kind_label = site_search.KINDS[site_search.kind_of(page)]
                page.search_excerpt = site_search.excerpt(
                    page.summary or page.search_description or page.title, query
                )
            context["results"] = results
        if not context["results"] or not context["results"].paginator.count:
            context.update(empty_state(scope, query))
    return render(request, "core/search.html", context)


def empty_state(scope, query):
    """What helps when nothing is found: a corrected query, and in a quartier the sections'
    help (the directory's needs, the newcomers' guide)."""
    sections = scope.specific.sections() if hasattr(scope.specific, "sections") else []
    return {
        "suggestion": site_search.suggestion(scope, query),
        "help_links": [
            link
            for section in sections
            if hasattr(section, "search_help_links")
            for link in section.search_help_links()
        ],
    }


@require_GET
def actor_names(request):
    """The directory's actors whose names start like what is typed, as JSON (autocomplete)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    root, quartier = search_scope(request)
    scope = quartier or root
    actors = site_search.actor_names(scope, query, ACTOR_SUGGESTIONS) if scope else []
    return JsonResponse(
        {"actors": [{"name": actor.title, "url": actor.get_url(request)} for actor in actors]}
    )


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PortalSitemap(request)})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Disallow: {reverse('search')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def serve(request, path):
    """Wagtail's page view, with the site and its root found in one query."""
    site_for_request(request)
    return wagtail_views.serve(request, path)
