from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import QuartierPage
from .provisioning import provision_quartier, publish_new_sections


@receiver(post_save, sender=QuartierPage)
def provision_new_quartier(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_quartier(instance)


@receiver(page_published, sender=QuartierPage)
def publish_sections_with_quartier(sender, instance, **kwargs):
    publish_new_sections(instance)
