from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .canonical import canonical_redirect
from .models import Contributor


@hooks.register("before_serve_page")
def serve_pages_on_their_own_site(page, request, serve_args, serve_kwargs):
    return canonical_redirect(page, request)


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "quartier", "user"]
    list_filter = ["quartier"]


register_snippet(ContributorViewSet)
