from wagtail import hooks

from .admin_panels import QuartierPanel, quartiers_of
from .canonical import canonical_redirect


@hooks.register("construct_homepage_panels")
def add_quartier_panel(request, panels):
    quartiers = list(quartiers_of(request.user))
    if quartiers:
        panels.insert(0, QuartierPanel(quartiers))


@hooks.register("before_serve_page")
def serve_pages_on_their_own_site(page, request, serve_args, serve_kwargs):
    return canonical_redirect(page, request)
