from django.apps import apps
from django.db import connections
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import QuartierPage
from .provisioning import provision_all_quartiers, provision_quartier, publish_new_sections


@receiver(post_save, sender=QuartierPage)
def provision_new_quartier(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_quartier(instance)


@receiver(page_published, sender=QuartierPage)
def publish_sections_with_quartier(sender, instance, **kwargs):
    publish_new_sections(instance)


def last_migrated_app():
    """`migrate` sends post_migrate once per app with models, in this order."""
    return [config for config in apps.get_app_configs() if config.models_module][-1]


@receiver(post_migrate)
def provision_after_migrate(sender, using="default", **kwargs):
    """Give every quartier the sections and permissions of apps installed since it was made.

    Runs once, after the last app's post_migrate, when every app's permissions exist.
    """
    if sender is not last_migrated_app():
        return
    if QuartierPage._meta.db_table not in connections[using].introspection.table_names():
        return
    provision_all_quartiers()
