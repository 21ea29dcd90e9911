"""The animateur's dashboard: their quartier, its sections and what to do there."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import QuartierPage


def quartiers_of(user):
    """The quartiers whose animateurs' group the user belongs to."""
    return QuartierPage.objects.filter(animateurs_group__in=user.groups.all()).order_by("title")


class QuartierPanel(Component):
    name = "quartier"
    template_name = "home/admin/quartier_panel.html"
    order = 50

    def __init__(self, quartiers):
        self.quartiers = quartiers

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["quartiers"] = [
            {
                "page": quartier,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[quartier.pk]),
                "sections": [
                    {
                        "page": section,
                        "explore_url": reverse("wagtailadmin_explore", args=[section.pk]),
                        "add_url": reverse("wagtailadmin_pages:add_subpage", args=[section.pk]),
                    }
                    for section in quartier.get_children().specific(defer=True).order_by("path")
                ],
            }
            for quartier in self.quartiers
        ]
        return context
