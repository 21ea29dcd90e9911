"""The scoped reports (`core.admin_reports`) on Wagtail's own report addresses.

Included by `portal/urls.py` before Wagtail's admin, so these paths resolve here while
`reverse("wagtailadmin_reports:…")` keeps giving the same addresses.
"""

from django.urls import path

from . import admin_reports as reports

urlpatterns = [
    path("workflow/", reports.ScopedWorkflowView.as_view()),
    path("workflow/results/", reports.ScopedWorkflowView.as_view(results_only=True)),
    path("workflow_tasks/", reports.ScopedWorkflowTasksView.as_view()),
    path("workflow_tasks/results/", reports.ScopedWorkflowTasksView.as_view(results_only=True)),
    path("site-history/", reports.ScopedLogEntriesView.as_view()),
    path("site-history/results/", reports.ScopedLogEntriesView.as_view(results_only=True)),
    path("page-types-usage/", reports.ScopedPageTypesUsageView.as_view()),
    path(
        "page-types-usage/results/",
        reports.ScopedPageTypesUsageView.as_view(results_only=True),
    ),
]
