"""The gazette's list of rubriques in the admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Rubrique


class RubriqueViewSet(SnippetViewSet):
    model = Rubrique
    icon = "tag"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(RubriqueViewSet)
