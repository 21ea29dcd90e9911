"""The archive in the admin: places and people, each animateur in their own quartier; and
"Garder en mémoire" on a past event of the agenda (when the agenda is installed)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_scoping import QuartierScopedViewSet

from . import admin_views
from .from_event import archive_of, is_past_event
from .models import MemoirePerson, MemoirePlace


class MemoirePlaceViewSet(QuartierScopedViewSet):
    model = MemoirePlace
    icon = "site"
    list_display = ["name", "kind", "quartier"]


class MemoirePersonViewSet(QuartierScopedViewSet):
    model = MemoirePerson
    icon = "user"
    list_display = ["name", "description", "quartier"]


class MemoireViewSetGroup(SnippetViewSetGroup):
    items = (MemoirePlaceViewSet, MemoirePersonViewSet)
    menu_icon = "time"
    menu_label = _("Mémoire : lieux et personnes")
    menu_name = "memoire"
    menu_order = 220


register_snippet(MemoireViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "memoire/depuis-un-evenement/<int:event_id>/",
            admin_views.from_event,
            name="memoire_from_event",
        )
    ]


def keep_in_memory_button(page, user):
    if not is_past_event(page):
        return None
    archive = archive_of(page)
    if archive is None or not archive.permissions_for_user(user).can_add_subpage():
        return None
    return reverse("memoire_from_event", args=[page.pk])


@hooks.register("register_page_header_buttons")
def keep_in_memory_header_button(page, user, view_name, next_url=None):
    """On a past event's own admin pages only (not in listings: a query per row)."""
    url = keep_in_memory_button(page, user)
    if url:
        yield Button(_("Garder en mémoire"), url, icon_name="time", priority=40)
