"""A venue's name and address are searched through its quartier's agenda page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch import index as search_index

from core.models import quartier_model

from .models import AgendaPage, Venue


@receiver(post_save, sender=Venue)
@receiver(post_delete, sender=Venue)
def reindex_agenda(sender, instance, raw=False, **kwargs):
    if raw:
        return
    quartier = quartier_model().objects.filter(pk=instance.quartier_id).first()
    if quartier is None:  # the quartier itself is being deleted
        return
    for agenda in AgendaPage.objects.child_of(quartier):
        search_index.insert_or_update_object(agenda)
