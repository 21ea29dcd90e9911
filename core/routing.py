"""Routing a URL to its page in one query, instead of Wagtail's two queries a level.

Wagtail routes /quartier/gazette/article/ by asking each page for its child with the next
slug, then for that child's own type: two queries a level. Every page's `url_path` is
the slugs of its ancestors, so one query finds every page along the URL. Routing then
hands over, as Wagtail would, to the first page along the way that routes by itself: a
routable page whose own routes match the rest of the URL, or a page with its own `route`.
The pages found are kept on the request, so that the breadcrumb and the quartier need no
query of their own.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

ANCESTORS_ATTRIBUTE = "_portal_route_pages"


def routed_pages(request):
    """The pages found along the URL of the request (top first), or None."""
    return getattr(request, ANCESTORS_ATTRIBUTE, None)


def routed_ancestor(request, page, model):
    """The ancestor of `page` of type `model` met on the way to it, without a query (its
    own fields are loaded on use); None when routing did not pass through one."""
    for found in routed_pages(request) or []:
        if (
            found.specific_class is model
            and found.pk != page.pk
            and page.path.startswith(found.path)
        ):
            return found if isinstance(found, model) else found.get_specific(deferred=True)
    return None


def ancestor_of_type(request, page, model):
    """The ancestor of `page` of type `model`: the one met while routing, else one query."""
    return routed_ancestor(request, page, model) or model.objects.ancestor_of(page).first()


def _routes_by_itself(page, remaining, plain_route):
    """Whether `page` (not yet as its own type) takes over the rest of the URL."""
    model = page.specific_class
    if model is None or page.alias_of_id:
        return True
    if issubclass(model, RoutablePageMixin):
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            model.get_resolver().resolve(path)
        except (Resolver404, Http404):
            return False
        return True
    return model.route is not plain_route


def as_served(page):
    """`page` as its own type, from its type's `serving_queryset` when it has one."""
    model = page.specific_class
    serving_queryset = getattr(model, "serving_queryset", None)
    if serving_queryset is None or isinstance(page, model):
        return page.specific
    return serving_queryset().get(pk=page.pk)


def route_descendant(start, request, path_components, plain_route):
    """Route below `start` in one query; None when the first component is not a child.

    `plain_route` is the `route` of the pages that route the plain way (BasePage.route).
    """
    prefixes = [
        start.url_path + "".join(f"{component}/" for component in path_components[:length])
        for length in range(1, len(path_components) + 1)
    ]
    found = Page.objects.filter(url_path__in=prefixes, path__startswith=start.path).order_by(
        "depth"
    )
    chain = [page for index, page in enumerate(found) if page.depth == start.depth + index + 1]
    if not chain:
        return None
    if routed_pages(request) is None:
        setattr(request, ANCESTORS_ATTRIBUTE, [start, *chain])
    for index, page in enumerate(chain[:-1]):
        remaining = path_components[index + 1 :]
        if _routes_by_itself(page, remaining, plain_route):
            return as_served(page).route(request, remaining)
    return as_served(chain[-1]).route(request, path_components[len(chain) :])
