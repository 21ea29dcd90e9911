from wagtail import hooks

from .admin_panels import QuartierPanel, quartiers_of


@hooks.register("construct_homepage_panels")
def add_quartier_panel(request, panels):
    quartiers = list(quartiers_of(request.user))
    if quartiers:
        panels.insert(0, QuartierPanel(quartiers))
