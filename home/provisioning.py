"""Everything a new quartier needs besides its page: sections, collection, group, workflow.

Called once when a QuartierPage is created, whether in the admin, by
`manage.py create_quartier`, by the demo loader or by a test. Each step looks for what
exists first, so running it again changes nothing, and running it on an existing
quartier adds what apps that landed since then bring (sections, permissions).
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

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


def ensure_collection(quartier):
    if quartier.collection_id:
        return quartier.collection
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=quartier.title).first()
    return existing or root.add_child(name=quartier.title)


def ensure_group(quartier, collection):
    if quartier.animateurs_group_id:
        group = quartier.animateurs_group
    else:
        name = group_name(quartier)
        if Group.objects.filter(name=name).exists():
            name = f"{name} ({quartier.city})"
        group, _created = Group.objects.get_or_create(name=name)
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
    for model in section_models(quartier):
        for label in getattr(model, "animateur_permissions", ()):
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
    task = GroupApprovalTask.objects.create(
        name=_("Relecture par les animateurs · %(quartier)s") % {"quartier": quartier.title}
    )
    task.groups.set([group])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=quartier, workflow=workflow)


def section_models(quartier):
    """The section page types a quartier holds, in the order they are declared."""
    return [
        model
        for model in type(quartier).allowed_subpage_models()
        if getattr(model, "section_slug", None)
    ]


def ensure_sections(quartier):
    existing = set(quartier.get_children().values_list("content_type__model", flat=True))
    for model in section_models(quartier):
        if model._meta.model_name in existing:
            continue
        section = model(
            title=str(model.section_title),
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
