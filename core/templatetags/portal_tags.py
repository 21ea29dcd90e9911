"""The portal's page frame: which quartier we are in, its section menu, the breadcrumb."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from ..models import quartier_model
from ..routing import routed_pages
from ..site_roots import current_site, current_site_root, site_root_paths

register = template.Library()

# The characters that could close the script element or start markup, as in json_script.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def current_quartier(context):
    """The quartier the visitor is in, or None on the portal's own pages."""
    if "current_quartier" in context:
        return context["current_quartier"]
    quartier_class = quartier_model()
    page = context.get("page")
    quartier = None
    if isinstance(page, quartier_class):
        quartier = page
    elif isinstance(page, Page):
        quartier = _quartier_above(page, context.get("request"), quartier_class)
    else:
        root = current_site_root(context.get("request"))
        if root is not None and root.specific_class is quartier_class:
            quartier = root.specific
    context["current_quartier"] = quartier
    return quartier


def _quartier_above(page, request, quartier_class):
    """The quartier `page` is in, without a query on a site's root or a routed page's."""
    routed = routed_pages(request) or []
    if any(found.pk == page.pk for found in routed):
        found = next((found for found in routed if found.specific_class is quartier_class), None)
        if found is None:
            return None
        return found if isinstance(found, quartier_class) else found.specific
    root = current_site_root(request)
    if root is not None and root.pk == page.pk:
        return None
    return quartier_class.objects.ancestor_of(page).first()


@register.filter
def nav_label(page):
    """A page's name in menus and breadcrumbs: a section's plain name, else its title."""
    model = page.specific_class
    return getattr(model, "section_label", "") or page.title


@register.simple_tag(takes_context=True)
def section_menu(context, quartier):
    """The quartier's sections in menu order, each marked when the visitor is in it."""
    page = context.get("page")
    path = page.path if isinstance(page, Page) else ""
    entries = []
    for section in quartier.sections():
        current = None
        if page is not None and section.pk == page.pk:
            current = "page"
        elif path.startswith(section.path):
            current = "true"
        entries.append({"page": section, "label": nav_label(section), "current": current})
    return entries


@register.simple_tag(takes_context=True)
def breadcrumb(context, page):
    """The ancestors of `page` from the root of the current site; empty at that root."""
    root = current_site_root(context.get("request"))
    if not isinstance(page, Page) or root is None:
        return []
    routed = routed_pages(context.get("request")) or []
    if any(found.pk == page.pk for found in routed):
        # Found along the URL when routing: as their own types (deferred, no query).
        return [
            found.specific_deferred for found in routed if root.depth <= found.depth < page.depth
        ]
    # As their own types (deferred, no extra query), so each is addressed on its own site.
    return list(page.get_ancestors().filter(depth__gte=root.depth).specific(defer=True))


@register.simple_tag(takes_context=True)
def portal_home_url(context):
    """The portal's front door (on the main site, also when a quartier has its own)."""
    request = context.get("request")
    roots = site_root_paths(request)
    if not roots:
        return "/"
    portal = min(roots, key=lambda root: len(root.root_path))
    site = current_site(request)
    return "/" if site is None or site.pk == portal.site_id else portal.root_url + "/"


@register.filter
def ld_json(data):
    """`data` as a JSON-LD script element, escaped so that no text can break out of it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )
