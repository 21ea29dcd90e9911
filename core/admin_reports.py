"""Wagtail's admin reports, as an animateur sees them: their quartier only.

Wagtail scopes the pages these reports list, but not everything around them: the page
types report counts and names every quartier's pages, the site history shows the log of
every quartier's records (contributors…), and the filters list every user. These
subclasses narrow them; administrators see everything. `core.admin_urls` mounts them on
Wagtail's own report addresses.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.views.reports import audit_logging, page_types_usage, workflows
from wagtail.models import ModelLogEntry, Task, Workflow

from .access import animated_quartiers, sees_everything, users_visible_to


def quartier_owned_models():
    return [model for model in apps.get_models() if hasattr(model._default_manager, "for_user")]


class ScopedPageTypesUsageView(page_types_usage.PageTypesUsageReportView):
    def get_queryset(self):
        user = self.request.user
        if sees_everything(user):
            return super().get_queryset()
        quartier = animated_quartiers(user).order_by("path").first()
        queryset = self.filter_queryset(
            page_types_usage.ContentType.objects.filter(model__in=self.page_models)
        )
        # Counts and "last edited" within the quartier; "~" matches no page path.
        path = quartier.path if quartier else "~"
        queryset = page_types_usage._annotate_last_edit_info(queryset, None, path)
        return queryset.filter(count__gt=0).order_by("-count", "app_label", "model")


class ScopedSiteHistoryFilterSet(audit_logging.SiteHistoryReportFilterSet):
    def get_user_choices(self):
        return super().get_user_choices() & users_visible_to(self.request.user)


class ScopedLogEntriesView(audit_logging.LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if sees_everything(user) or queryset.model is not ModelLogEntry:
            return queryset
        for model in quartier_owned_models():
            visible = model._default_manager.for_user(user).values_list("pk", flat=True)
            queryset = queryset.exclude(
                Q(content_type=ContentType.objects.get_for_model(model))
                & ~Q(object_id__in=[str(pk) for pk in visible])
            )
        return queryset


def scoped_workflow_filters(filterset):
    request = filterset.request
    if request is None or sees_everything(request.user):
        return
    quartiers = animated_quartiers(request.user)
    workflows = Workflow.objects.filter(workflow_pages__page__in=quartiers).distinct()
    tasks = Task.objects.filter(workflow_tasks__workflow__in=workflows).distinct()
    for name, queryset in (
        ("requested_by", users_visible_to(request.user)),
        ("workflow", workflows),
        ("task", tasks),
    ):
        if name in filterset.filters:
            filterset.filters[name].queryset = queryset


class ScopedWorkflowFilterSet(workflows.WorkflowReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scoped_workflow_filters(self)


class ScopedWorkflowTasksFilterSet(workflows.WorkflowTasksReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scoped_workflow_filters(self)


class ScopedWorkflowView(workflows.WorkflowView):
    filterset_class = ScopedWorkflowFilterSet


class ScopedWorkflowTasksView(workflows.WorkflowTasksView):
    filterset_class = ScopedWorkflowTasksFilterSet
