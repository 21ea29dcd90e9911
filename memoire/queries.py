"""Queries the archive's pages share; each takes a fixed number of queries."""

from django.utils import timezone
from wagtail.images import get_image_model

from core.renditions import CARD


def attach_card_images(pages, *filter_specs):
    """Set `page.card_image` (its listing image, else its first photo) with the renditions
    named, for items and collections alike: two queries, whatever the number of pages."""
    image_ids = {getattr(page, "card_image_id", page.listing_image_id) for page in pages}
    image_ids.discard(None)
    by_id = {}
    if image_ids:
        images = get_image_model().objects.filter(pk__in=image_ids)
        by_id = {
            image.pk: image for image in images.prefetch_renditions(*(filter_specs or (CARD,)))
        }
    for page in pages:
        page.card_image = by_id.get(getattr(page, "card_image_id", page.listing_image_id))
    return pages


def pick_of_the_day(items, day=None):
    """One of `items`, a different one each day (in turn), in two queries."""
    day = day or timezone.localdate()
    count = items.count()
    if not count:
        return None
    return items.order_by("pk")[day.toordinal() % count]
