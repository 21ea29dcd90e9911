"""Wagtail's default "Editors" and "Moderators" groups are gone: only quartiers' groups
hold page or collection permissions, and only on their own quartier."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from home.models import QuartierPage

pytestmark = pytest.mark.django_db


def remove_default_groups():
    migration = importlib.import_module("core.migrations.0003_remove_default_groups")
    migration.remove_default_groups(apps, schema_editor=None)


def test_after_migrations_no_group_holds_the_root(make_quartier):
    make_quartier("Planoise", "Besançon")
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    quartier_groups = QuartierPage.objects.values("animateurs_group")
    top_pages = Page.objects.filter(depth__lte=2)
    assert not GroupPagePermission.objects.filter(page__in=top_pages).exists()
    assert (
        not GroupCollectionPermission.objects.filter(collection__depth=1)
        .exclude(group__in=quartier_groups)
        .exists()
    )
    assert not GroupPagePermission.objects.exclude(group__in=quartier_groups).exists()


def test_a_default_group_with_members_is_kept_but_gives_nothing(django_user_model, quartier):
    root_page, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    editors = Group.objects.create(name="Editors")
    moderators = Group.objects.create(name="Moderators")
    for group in (editors, moderators):
        GroupPagePermission.objects.create(
            group=group, page=root_page, permission=Permission.objects.get(codename="change_page")
        )
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(codename="add_image"),
        )
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators, editors)
    editor = django_user_model.objects.create_user("ancienne-editrice")
    editor.groups.add(editors)

    remove_default_groups()

    assert not Group.objects.filter(pk=moderators.pk).exists()
    editors = Group.objects.get(pk=editors.pk)
    assert list(editor.groups.all()) == [editors]
    assert not editors.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=editors).exists()
    assert not GroupCollectionPermission.objects.filter(group=editors).exists()
    assert not task.groups.exists()
    editor = django_user_model.objects.get(pk=editor.pk)
    assert not editor.has_perm("wagtailadmin.access_admin")
    # The quartier's own group keeps everything.
    assert GroupPagePermission.objects.filter(group=quartier.animateurs_group).exists()
