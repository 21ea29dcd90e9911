"""Everything a new quartier needs besides its page: sections, collection, group, workflow.

Called once when a QuartierPage is created, whether in the admin, by
`manage.py create_quartier`, by the demo loader or by a test. Each step looks for what
exists first, so running it again changes nothing, and running it on an existing
quartier adds what apps that landed since then bring (sections, permissions).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.models import ConsentCheckedApprovalTask, section_models

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def group_name(quartier):
    return _("Animateurs · %(quartier)s") % {"quartier": quartier.title}


def workflow_name(quartier):
    return _("Modération · %(quartier)s") % {"quartier": quartier.title}


def provision_quartier(quartier):
    collection = ensure_collection(quartier)
    group = ensure_group(quartier, collection)
    ensure_workflow(quartier, group)
    ensure_sections(quartier)
    if (quartier.collection_id, quartier.animateurs_group_id) != (collection.pk, group.pk):
        quartier.collection = collection
        quartier.animateurs_group = group
        type(quartier).objects.filter(pk=quartier.pk).update(
            collection=collection, animateurs_group=group
        )


def unique_name(name, taken):
    """`name`, or `name (2)`, `name (3)`… when it is taken: never reuse by name."""
    candidate, number = name, 1
    while taken(candidate):
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def ensure_collection(quartier):
    """The quartier's own collection, found by its key only, created when missing."""
    if quartier.collection_id:
        return quartier.collection
    root = Collection.get_first_root_node()
    name = unique_name(quartier.title, lambda name: root.get_children().filter(name=name).exists())
    return root.add_child(name=name)


def ensure_group(quartier, collection):
    """The quartier's animateurs' group, found by its key only, with its permissions."""
    if quartier.animateurs_group_id:
        group = quartier.animateurs_group
    else:
        name = unique_name(
            group_name(quartier), lambda name: Group.objects.filter(name=name).exists()
        )
        group = Group.objects.create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=quartier,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    for model in section_models():
        for label in model.animateur_permissions:
            app_label, codename = label.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    return group


def ensure_workflow(quartier, group):
    if WorkflowPage.objects.filter(page=quartier).exists():
        return
    workflow = Workflow.objects.create(name=workflow_name(quartier))
    task = ConsentCheckedApprovalTask.objects.create(
        name=_("Relecture par les animateurs · %(quartier)s") % {"quartier": quartier.title}
    )
    task.groups.set([group])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=quartier, workflow=workflow)


def ensure_sections(quartier):
    """Every installed section, matched by page type, created when missing."""
    existing = set(quartier.get_children().values_list("content_type_id", flat=True))
    for model in section_models():
        if ContentType.objects.get_for_model(model).pk in existing:
            continue
        section = model(
            title=str(model.section_label),
            slug=model.section_slug,
            show_in_menus=True,
            live=False,
        )
        quartier.add_child(instance=section)
        revision = section.save_revision(log_action=False)
        if quartier.live:
            revision.publish(log_action=False)


def publish_new_sections(quartier):
    """Publish, with their quartier, the sections that were never published."""
    for section in quartier.get_children().filter(first_published_at__isnull=True, live=False):
        section.specific.save_revision(log_action=False).publish(log_action=False)


def provision_all_quartiers():
    """Provision every quartier; returns them. Idempotent (see the module's docstring)."""
    from .models import QuartierPage

    quartiers = list(QuartierPage.objects.order_by("path"))
    for quartier in quartiers:
        provision_quartier(quartier)
    return quartiers
