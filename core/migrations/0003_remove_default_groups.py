"""Remove Wagtail's default "Editors" and "Moderators" groups.

Wagtail creates them with permissions on the root page (add, edit, publish, lock…), on the
root collection (images, documents, collections) and on models: a user added to one by
mistake could edit every quartier. On this portal a person gets a quartier only through its
animateurs' group (`manage.py add_animateur`), and administrators are superusers.

A default group that has no member is deleted. A default group that has members is kept,
so that nobody's account changes silently, but it loses every page, collection and model
permission and its place as a reviewer in workflow tasks: it gives nothing any more, and an
administrator can move its members to their quartiers' groups, then delete it.

Nothing is restored when the migration is reversed.
"""

from django.conf import settings
from django.db import migrations

DEFAULT_GROUPS = ("Editors", "Moderators")


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    QuartierPage = apps.get_model("home", "QuartierPage")

    quartier_groups = QuartierPage.objects.exclude(animateurs_group=None).values("animateurs_group")
    groups = Group.objects.filter(name__in=DEFAULT_GROUPS).exclude(pk__in=quartier_groups)
    for group in groups:
        if not User.objects.filter(groups=group).exists():
            group.delete()
            continue
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
        for task in GroupApprovalTask.objects.filter(groups=group):
            task.groups.remove(group)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_consent_checked_approval_task"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # Every Wagtail migration that creates these groups or gives them permissions.
        ("wagtailcore", "0066_collection_management_permissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
