from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import sees_everything
from .admin_scoping import QuartierScopedViewSet
from .canonical import canonical_redirect
from .models import Contributor, SearchSynonym


@hooks.register("before_serve_page")
def serve_pages_on_their_own_site(page, request, serve_args, serve_kwargs):
    return canonical_redirect(page, request)


class ContributorViewSet(QuartierScopedViewSet):
    model = Contributor
    icon = "user"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "quartier", "user"]


register_snippet(ContributorViewSet)


class SearchSynonymViewSet(SnippetViewSet):
    """The synonyms of the search, for the whole portal: administrators only (no group of
    animateurs has permissions on them)."""

    model = SearchSynonym
    icon = "search"
    menu_label = _("Synonymes de la recherche")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__"]


register_snippet(SearchSynonymViewSet)


@hooks.register("construct_page_chooser_queryset")
def choose_pages_of_the_animateurs_quartier(pages, request):
    """The page chooser and its search: an animateur's quartier (and the way to it)."""
    if sees_everything(request.user):
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(request.user)
    return pages.filter(pk__in=explorable.values("pk"))


def scoped_to_collections(viewset_class):
    """An admin API endpoint listing only what the user may choose (their collections)."""

    class Scoped(viewset_class):
        def get_queryset(self):
            queryset = super().get_queryset()
            user = self.request.user
            if sees_everything(user):
                return queryset
            policy = policy_registry.get_by_type(queryset.model)
            actions = ["choose", "add", "change"]
            return queryset.filter(
                collection__in=policy.collections_user_has_any_permission_for(user, actions)
            )

    Scoped.__name__ = f"Scoped{viewset_class.__name__}"
    return Scoped


@hooks.register("construct_admin_api", order=100)
def scope_the_admin_api(router):
    """After Wagtail's own hooks, so these replace its image and document endpoints."""
    router.register_endpoint("images", scoped_to_collections(ImagesAdminAPIViewSet))
    router.register_endpoint("documents", scoped_to_collections(DocumentsAdminAPIViewSet))
