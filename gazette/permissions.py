"""What a quartier's animateurs may do with the gazette's shared lists.

Page permissions come from the quartier's subtree (home.provisioning). The rubriques
are a list managed by administrators; animateurs choose from it. Contributors are
added by animateurs, who enter residents' texts during workshops.
"""

from django.contrib.auth.models import Permission

SNIPPET_PERMISSIONS = (
    "view_rubrique",
    "add_contributor",
    "change_contributor",
    "view_contributor",
)


def grant_gazette_permissions(group):
    permissions = Permission.objects.filter(
        content_type__app_label="gazette", codename__in=SNIPPET_PERMISSIONS
    )
    group.permissions.add(*permissions)
