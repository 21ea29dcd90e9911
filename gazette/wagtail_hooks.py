"""The gazette's lists in the admin: rubriques and contributors."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contributor, Rubrique


class RubriqueViewSet(SnippetViewSet):
    model = Rubrique
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    list_display = ["name", "user"]
    search_fields = ["name"]


class GazetteViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Gazette")
    menu_icon = "doc-full"
    menu_name = "gazette"
    items = (RubriqueViewSet, ContributorViewSet)


register_snippet(GazetteViewSetGroup)
