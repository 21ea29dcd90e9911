from django.db.models.signals import post_save
from django.dispatch import receiver

from home.models import QuartierPage

from .permissions import grant_gazette_permissions


@receiver(post_save, sender=QuartierPage)
def grant_new_quartier_permissions(sender, instance, created, raw=False, **kwargs):
    """Runs after home's provisioning (home is installed first), so the group exists."""
    if created and not raw and instance.animateurs_group_id:
        grant_gazette_permissions(instance.animateurs_group)
