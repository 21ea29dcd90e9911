"""Template tags for the portal's frame: which quartier we are in, its menu, the breadcrumb."""

from django import template
from wagtail.models import Page, Site

from home.models import HomePage, QuartierPage

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def current_quartier(context):
    """The quartier the visitor is in, or None on the portal's own pages."""
    if "current_quartier" in context:
        return context["current_quartier"]
    page = context.get("page")
    quartier = None
    if isinstance(page, QuartierPage):
        quartier = page
    elif isinstance(page, Page):
        quartier = QuartierPage.objects.ancestor_of(page).first()
    else:
        root = _site_root(context.get("request"))
        if root is not None and root.specific_class is QuartierPage:
            quartier = root.specific
    context["current_quartier"] = quartier
    return quartier


@register.simple_tag(takes_context=True)
def breadcrumb(context, page):
    """The ancestors of `page` from the root of the current site, as pages."""
    request = context.get("request")
    root = _site_root(request)
    if not isinstance(page, Page) or root is None:
        return []
    return list(
        page.get_ancestors().filter(depth__gte=root.depth).only("title", "url_path", "depth")
    )


@register.simple_tag
def portal_home():
    """The portal's front door (on the main site, also when a quartier has its own)."""
    return HomePage.objects.live().first()
