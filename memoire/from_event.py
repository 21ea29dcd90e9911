"""From event to memory: the photos of a past event of the agenda become memory items.

In one step, an animateur turns an event's photos into draft items of the quartier's
archive: the event's date (as a day), its place and its name come along. The drafts are
published like any page, so the people's consent is checked then. The agenda is another
app (`events`): nothing here runs without it, and only its event page's `title`, `start`,
`place_name`, `summary` and photos are read.
"""

from django.apps import apps
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from core.access import sees_everything
from core.blocks import photo_data
from core.models import quartier_model
from core.stream import stream_images

from .models import ItemKind, MemoireIndexPage, MemoireItemPage, MemoirePlace

EVENT_MODEL = ("events", "EventPage")


def event_model():
    """The agenda's event page type, or None when the agenda is not installed."""
    if not apps.is_installed(EVENT_MODEL[0]):
        return None
    try:
        return apps.get_model(*EVENT_MODEL)
    except LookupError:
        return None


def is_past_event(page):
    model = event_model()
    return (
        model is not None
        and isinstance(page, model)
        and getattr(page, "start", None) is not None
        and page.start <= timezone.now()
    )


def archive_of(page):
    """The memory archive of the quartier the page belongs to, or None."""
    quartier = quartier_model().objects.ancestor_of(page).first()
    if quartier is None:
        return None
    return MemoireIndexPage.objects.child_of(quartier).first()


def event_photos(event, user):
    """The event's photos, in order (its text, then its listing image), that `user` may choose."""
    images, seen = [], set()
    for image in [*stream_images(event.body), event.listing_image]:
        if image is not None and image.pk not in seen:
            seen.add(image.pk)
            images.append(image)
    if user is not None and not sees_everything(user):
        policy = policy_registry.get_by_type(get_image_model())
        allowed = {
            collection.pk
            for collection in policy.collections_user_has_permission_for(user, "choose")
        }
        images = [image for image in images if image.collection_id in allowed]
    return images


def event_date_text(event):
    """The event's day as people write it: "12 mars 2010"."""
    return dateformat.format(timezone.localtime(event.start), "j F Y")


def event_source(event):
    return _("Agenda du quartier : « %(title)s »") % {"title": event.title}


def memories_from_event(event, images, archive, date_text, place_name="", user=None):
    """One draft photo item per image, in the archive, with the event's day, place and name."""
    place = None
    quartier = archive.get_parent().specific
    if place_name.strip():
        place = MemoirePlace.objects.filter(
            quartier=quartier, name__iexact=place_name.strip()
        ).first() or MemoirePlace.objects.create(quartier=quartier, name=place_name.strip())
    items = []
    for number, image in enumerate(images, start=1):
        title = event.title if len(images) == 1 else f"{event.title} ({number})"
        item = MemoireItemPage(
            title=title[:255],
            kind=ItemKind.PHOTO,
            description=(event.summary or event.title)[:1000],
            date_text=date_text,
            place=place,
            photos=[{"type": "photo", "value": photo_data(image.pk, image.title)}],
            source=event_source(event),
            live=False,
        )
        archive.add_child(instance=item)
        item.save_revision(user=user, log_action=True)
        items.append(item)
    return items
