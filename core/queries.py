"""Queries the portal's pages share: "what's new", listing images, each page's quartier.

Each function takes a fixed number of queries, whatever the number of pages.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, ExpressionWrapper, Q
from wagtail.images import get_image_model
from wagtail.models import Page

from .models import all_pages, latest_page_models, quartier_model
from .renditions import CARD, variants
from .request_cache import memoize
from .specific import pages_as_their_types


def images_with_renditions(image_ids, *filter_specs):
    """The images of `image_ids` by key, with the renditions named (and their WebPs).

    One query once the renditions exist (they bring their image along); the images that
    have none yet take one more.
    """
    image_ids = set(image_ids) - {None}
    if not image_ids:
        return {}
    image_model = get_image_model()
    specs = variants(*(filter_specs or (CARD,)))
    found = image_model.get_rendition_model().objects.filter(
        image_id__in=image_ids, filter_spec__in=specs
    )
    by_id = {}
    for rendition in found.select_related("image"):
        image = by_id.setdefault(rendition.image_id, rendition.image)
        if not hasattr(image, "prefetched_renditions"):
            image.prefetched_renditions = []
        rendition.image = image
        image.prefetched_renditions.append(rendition)
    missing = image_ids - by_id.keys()
    for image in image_model.objects.filter(pk__in=missing) if missing else ():
        image.prefetched_renditions = []  # none of these sizes yet: made on first use
        by_id[image.pk] = image
    return by_id


def attach_listing_images(pages, *filter_specs):
    """Load the listing images of `pages`, and the renditions named (one query, see
    `images_with_renditions`)."""
    by_id = images_with_renditions((page.listing_image_id for page in pages), *filter_specs)
    return set_listing_images(pages, by_id)


def set_listing_images(pages, images_by_id):
    """Give `pages` their listing images from images already loaded (no query)."""
    for page in pages:
        if page.listing_image_id:
            page.listing_image = images_by_id.get(page.listing_image_id)
    return pages


def quartiers_by_path():
    """Every quartier page by its tree path, in one query a request."""
    return memoize(
        "quartiers_by_path",
        lambda: {quartier.path: quartier for quartier in quartier_model().objects.all()},
    )


def ancestor_paths(path, steplen):
    """The tree paths of the page at `path` and of each of its ancestors, root first."""
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def attach_quartiers(pages):
    """Set `page.quartier` (its quartier page, or None) for each page (one query a request)."""
    if not pages:
        return pages
    by_path = quartiers_by_path()
    for page in pages:
        page.quartier = next(
            (by_path[path] for path in ancestor_paths(page.path, Page.steplen) if path in by_path),
            None,
        )
    return pages


def latest_pages(root, limit, with_images=True):
    """The newest published pages below `root` that sections list in "what's new".

    Without `with_images`, the caller loads their listing images along with its own.
    """
    models = latest_page_models()
    if not models:
        return []
    content_types = ContentType.objects.get_for_models(*models).values()
    # One query, whatever the mix of page types (see `core.specific`).
    pages = pages_as_their_types(
        all_pages()
        .published()
        .descendant_of(root)
        .filter(content_type__in=content_types)
        .order_by("-first_published_at", "-pk")[:limit],
        models,
    )
    if isinstance(root, quartier_model()):
        for page in pages:
            page.quartier = root
    else:
        attach_quartiers(pages)
    return attach_listing_images(pages, CARD) if with_images else pages


def previous_and_next(queryset, before, after, order):
    """(the last of `queryset` matching `before`, the first matching `after`), in `order`
    (field names, as for `order_by`), in one query; None where there is none."""
    reverse = [name[1:] if name.startswith("-") else f"-{name}" for name in order]
    previous = queryset.filter(before).order_by(*reverse).values("pk")[:1]
    following = queryset.filter(after).order_by(*order).values("pk")[:1]
    found = queryset.filter(Q(pk__in=previous) | Q(pk__in=following)).annotate(
        is_previous=ExpressionWrapper(before, output_field=BooleanField())
    )
    by_side = {page.is_previous: page for page in found}
    return by_side.get(True), by_side.get(False)
