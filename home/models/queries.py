"""Queries shared by the portal's pages."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.models import Page

LISTING_RENDITION = "fill-480x300"


def latest_page_models():
    from .base import BasePage

    return [
        model for model in apps.get_models() if issubclass(model, BasePage) and model.show_in_latest
    ]


def attach_listing_images(pages, *filter_specs):
    """Load the listing images of `pages`, and the renditions named, in two queries."""
    image_ids = {page.listing_image_id for page in pages if page.listing_image_id}
    if not image_ids:
        return pages
    images = get_image_model().objects.filter(pk__in=image_ids)
    by_id = {image.pk: image for image in images.prefetch_renditions(*filter_specs)}
    for page in pages:
        if page.listing_image_id:
            page.listing_image = by_id.get(page.listing_image_id)
    return pages


def attach_quartiers(pages):
    """Set `page.quartier` (its QuartierPage, or None) for each page, in one query."""
    from .quartier import QuartierPage

    quartier_depth = 3
    prefix = Page.steplen * quartier_depth
    paths = {page.path[:prefix] for page in pages if page.depth >= quartier_depth}
    by_path = {quartier.path: quartier for quartier in QuartierPage.objects.filter(path__in=paths)}
    for page in pages:
        page.quartier = by_path.get(page.path[:prefix])
    return pages


def latest_pages(root, limit, filter_spec=LISTING_RENDITION):
    """The newest live pages below `root` whose type shows in "what is new".

    The query count does not grow with the number of pages or quartiers.
    """
    models = latest_page_models()
    if not models:
        return []
    content_types = ContentType.objects.get_for_models(*models).values()
    pages = list(
        Page.objects.live()
        .public()
        .descendant_of(root)
        .filter(content_type__in=content_types)
        .order_by("-first_published_at", "-pk")
        .specific()[:limit]
    )
    return attach_quartiers(attach_listing_images(pages, filter_spec))
