"""What happens to a contribution when the animateurs decide, in Wagtail's own tools.

- The draft page is published (approved in the workflow, or published by hand): the
  contribution is published, its photos become public images of the quartier (credited to
  the pseudonym, with the licence and consent the resident gave) and go into the page,
  the private files are deleted, and the resident is told.
- The workflow is rejected ("Demander des modifications", with a comment): the
  contribution is not retained, the comment is the reason the resident reads, the photos
  are deleted, and the resident is told.
- The draft page is deleted: the contribution is not retained either.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.signals import page_published, workflow_rejected

from images.models import PortalImage

from .kinds import kind_by_slug
from .models import Contribution
from .notifications import notify_outcome


def status_link(contribution):
    from .models import ParticipationPage

    page = ParticipationPage.objects.child_of(contribution.quartier).first()
    if page is None:
        return ""
    return page.get_full_url() + page.reverse_subpage("status", args=[contribution.token])


def decide(contribution, status, reason=""):
    contribution.status = status
    contribution.reason = reason
    contribution.decided_at = timezone.now()
    contribution.save(update_fields=["status", "reason", "decided_at"])
    link = status_link(contribution)
    transaction.on_commit(lambda: notify_outcome(contribution, link))


def photo_description(contribution, number, count):
    """What the photo shows, in the resident's words (its text for blind people)."""
    if not contribution.photos_show:
        return ""
    if count == 1:
        return contribution.photos_show
    return _("%(description)s (photo %(number)s sur %(count)s)") % {
        "description": contribution.photos_show,
        "number": number,
        "count": count,
    }


def public_image(contribution, photo, number, count):
    """A photo of the quartier's collection, made from the cleaned private file."""
    with photo.file.open("rb") as source:
        data = source.read()
    image = PortalImage(
        title=_("%(title)s · photo %(number)s") % {"title": contribution.title, "number": number},
        description=photo_description(contribution, number, count),
        collection=contribution.quartier.collection,
        credit=contribution.contributor.name if contribution.contributor else "",
        licence=contribution.licence,
        people=contribution.people,
    )
    image.file = ContentFile(data, name=photo.file.name.rsplit("/", 1)[-1])
    image.save()
    return image


def publish_contribution(contribution, page):
    decide(contribution, Contribution.Status.PUBLISHED)
    photos = contribution.kept_photos()
    if not photos:
        return
    images = [
        public_image(contribution, photo, number, len(photos))
        for number, photo in enumerate(photos, 1)
    ]
    kind_by_slug(contribution.kind).attach_photos(page, images, {})
    page.save_revision(log_action=False).publish(log_action=False)
    for photo, image in zip(photos, images, strict=True):
        photo.image = image
        photo.save(update_fields=["image"])
        photo.discard()


def reject_contribution(contribution, reason):
    decide(contribution, Contribution.Status.REJECTED, reason)
    for photo in contribution.kept_photos():
        photo.discard()


@receiver(page_published)
def contribution_published(sender, instance, **kwargs):
    contribution = (
        Contribution.objects.pending()
        .filter(page_id=instance.pk)
        .select_related("quartier", "contributor")
        .first()
    )
    if contribution is not None:
        publish_contribution(contribution, instance)


@receiver(workflow_rejected)
def contribution_rejected(sender, instance, **kwargs):
    if not instance.object_id.isdigit():
        return
    contribution = Contribution.objects.pending().filter(page_id=int(instance.object_id)).first()
    if contribution is None:
        return
    task_state = instance.current_task_state
    reason = (task_state.comment if task_state else "") or _("Pas de raison donnée.")
    reject_contribution(contribution, reason)


@receiver(pre_delete, sender=Page)
def contribution_page_deleted(sender, instance, **kwargs):
    for contribution in Contribution.objects.pending().filter(page_id=instance.pk):
        reject_contribution(contribution, _("La page a été supprimée par un animateur."))
