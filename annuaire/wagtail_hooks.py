from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.access import quartier_ids_of, sees_everything

from . import admin_urls
from .admin_views import CHECKED_ACTION


@hooks.register("register_admin_urls")
def register_annuaire_admin_urls():
    return [path("annuaire/", include((admin_urls, "annuaire_admin"), namespace="annuaire_admin"))]


class AnimateurMenuItem(MenuItem):
    """Shown to the animateurs of a quartier and to administrators."""

    def is_shown(self, request):
        user = request.user
        return sees_everything(user) or bool(quartier_ids_of(user))


@hooks.register("register_admin_menu_item")
def register_freshness_menu_item():
    return AnimateurMenuItem(
        _("Annuaire à vérifier"),
        reverse("annuaire_admin:freshness"),
        icon_name="tick",
        order=220,
    )


@hooks.register("register_log_actions")
def register_checked_action(actions):
    actions.register_action(CHECKED_ACTION, _("Vérifié aujourd'hui"), _("Informations vérifiées"))
