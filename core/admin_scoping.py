"""Snippets that belong to one quartier (contributors, venues, guests…) in the admin.

`QuartierScopedViewSet` is the one way to register them: an animateur lists, searches,
chooses, edits, deletes and reads the history of their own quartier's records only (an
administrator, all of them); the form offers only their quartier; an object of another
quartier is refused with a 403 in every view that opens one.
"""

from functools import cached_property

from django.core.exceptions import PermissionDenied
from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import quartier_ids_of, sees_everything
from .forms import QuartierOwnedForm

OBJECT_VIEWS = (
    "copy_view_class",
    "edit_view_class",
    "delete_view_class",
    "usage_view_class",
    "history_view_class",
    "inspect_view_class",
    "revisions_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "unpublish_view_class",
    "preview_on_edit_view_class",
    "lock_view_class",
    "unlock_view_class",
    "workflow_history_view_class",
    "workflow_history_detail_view_class",
)
CHOOSER_VIEWS = ("choose_view_class", "choose_results_view_class", "chosen_view_class")


def may_see(user, record):
    return sees_everything(user) or record.quartier_id in quartier_ids_of(user)


class QuartierScopedViewMixin:
    """Limits a view's object and object list to the user's quartiers."""

    def get_object(self, *args, **kwargs):
        record = super().get_object(*args, **kwargs)
        if not may_see(self.request.user, record):
            raise PermissionDenied
        return record

    def get_object_list(self, *args, **kwargs):
        return super().get_object_list(*args, **kwargs).for_user(self.request.user)


def scoped(view_class):
    return type(f"QuartierScoped{view_class.__name__}", (QuartierScopedViewMixin, view_class), {})


class QuartierScopedChooserViewSet(SnippetChooserViewSet):
    def __init__(self, *args, **kwargs):
        for name in CHOOSER_VIEWS:
            setattr(self, name, scoped(getattr(self, name)))
        super().__init__(*args, **kwargs)


class QuartierScopedViewSet(SnippetViewSet):
    """A snippet viewset for a model with a `quartier` and a `QuartierOwnedQuerySet`."""

    chooser_viewset_class = QuartierScopedChooserViewSet

    def __init__(self, *args, **kwargs):
        for name in OBJECT_VIEWS:
            setattr(self, name, scoped(getattr(self, name)))
        super().__init__(*args, **kwargs)

    def get_queryset(self, request):
        return self.model._default_manager.for_user(request.user)

    def get_edit_handler(self):
        panels = getattr(self, "panels", None) or self.model.panels
        return ObjectList(panels, base_form_class=QuartierOwnedForm).bind_to_model(self.model)

    @cached_property
    def list_filter(self):
        return ["quartier"]
