"""The quartier's venues and guests in the admin: each animateur sees their quartier's only."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_scoping import QuartierScopedViewSet

from .models import Guest, Venue


class VenueViewSet(QuartierScopedViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Lieux")
    list_display = ["name", "kind", "address_line", "quartier"]


class GuestViewSet(QuartierScopedViewSet):
    model = Guest
    icon = "group"
    menu_label = _("Invités")
    list_display = ["name", "kind", "quartier"]


class AgendaSnippets(SnippetViewSetGroup):
    items = (VenueViewSet, GuestViewSet)
    menu_icon = "date"
    menu_label = _("Lieux et invités")
    menu_name = "agenda-snippets"
    menu_order = 205


register_snippet(AgendaSnippets)
