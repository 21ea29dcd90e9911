"""Queries the archive's pages share; each takes a fixed number of queries."""

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
    """One of `items`, a different one each day (in turn), in two queries: a count and
    the one at the day's rank. (One query with a window function is slower: SQLite ranks
    every item with all its annotations before keeping one.)"""
    day = day or timezone.localdate()
    count = items.count()
    if not count:
        return None
    return items.order_by("pk")[day.toordinal() % count]
