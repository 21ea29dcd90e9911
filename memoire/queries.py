"""Queries the archive's pages share; each takes a fixed number of queries."""

from django.db.models import Count, F, Value, Window
from django.db.models.functions import Mod, RowNumber
from django.utils import timezone

from core.queries import images_with_renditions


def attach_card_images(pages, *filter_specs):
    """Set `page.card_image` (its listing image, else its first photo) with the renditions
    named, for items and collections alike: one query, whatever the number of pages."""
    by_id = images_with_renditions(
        (getattr(page, "card_image_id", page.listing_image_id) for page in pages), *filter_specs
    )
    for page in pages:
        page.card_image = by_id.get(getattr(page, "card_image_id", page.listing_image_id))
    return pages


def pick_of_the_day(items, day=None):
    """One of `items`, a different one each day (in turn), in one query: the one whose
    rank is the day's number modulo their count."""
    day = day or timezone.localdate()
    ranked = items.annotate(
        rank=Window(RowNumber(), order_by="pk"), total=Window(Count("pk"))
    ).filter(rank=Mod(Value(day.toordinal()), F("total")) + 1)
    return ranked.first()
