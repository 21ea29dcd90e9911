from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem

from . import views
from .models import Contribution


@hooks.register("register_admin_urls")
def participation_admin_urls():
    return [
        path("contributions/", views.pending, name="participation_pending"),
        path("contributions/chiffres/", views.figures, name="participation_figures"),
        path("contributions/photos/<int:pk>/", views.photo, name="participation_photo"),
        path(
            "contributions/photos/<int:pk>/retirer/",
            views.drop_photo,
            name="participation_drop_photo",
        ),
        path(
            "contributions/<int:pk>/prise-en-compte/",
            views.decide_request,
            {"accepted": True},
            name="participation_accept",
        ),
        path(
            "contributions/<int:pk>/pas-retenue/",
            views.decide_request,
            {"accepted": False},
            name="participation_dismiss",
        ),
    ]


class ContributionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("participation.view_contribution")


@hooks.register("register_admin_menu_item")
def contributions_menu_item():
    return ContributionsMenuItem(
        _("Contributions"), reverse("participation_pending"), icon_name="mail", order=150
    )


class PendingContributions(SummaryItem):
    order = 50
    template_name = "participation/admin/summary_item.html"

    def get_context_data(self, parent_context):
        contributions = Contribution.objects.for_user(self.request.user)
        return {
            "pending": contributions.pending().count(),
            "overdue": contributions.overdue().count(),
            "url": reverse("participation_pending"),
        }

    def is_shown(self):
        return self.request.user.has_perm("participation.view_contribution")


@hooks.register("construct_homepage_summary_items")
def add_pending_contributions(request, summary_items):
    summary_items.append(PendingContributions(request))
