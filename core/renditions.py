"""Every image size the portal shows, named once.

Prefetching (`prefetch_renditions`) and templates (`{% sized_image image "card" %}`)
both use these names, so a page never asks for a size it did not prefetch. Each size is
shown as a JPEG (or PNG) fallback and two WebP widths (`variants`), prefetched together.
"""

import re
from functools import cache

from wagtail.images.models import Filter

CARD = "fill-480x300"  # cards in lists: articles, quartiers, events, memories
HERO = "fill-960x600"  # a quartier's big photo
PHOTO = "max-1200x900"  # a photo in a text
GALLERY = "fill-600x450"  # a photo in a gallery
SHARE = "fill-1200x630"  # Open Graph and JSON-LD
COVER = "fill-900x1200"  # a gazette issue's cover
COVER_SMALL = "fill-360x480"  # the same, in lists of issues
THUMBNAIL = "max-165x165"  # a photo to pick in the admin (memoire: "Garder en mémoire")

SIZES = {
    "card": CARD,
    "hero": HERO,
    "photo": PHOTO,
    "gallery": GALLERY,
    "share": SHARE,
    "cover": COVER,
    "cover_small": COVER_SMALL,
    "thumbnail": THUMBNAIL,
}

# What the layout gives each size, for the browser to pick among the WebP widths.
LAYOUT_WIDTHS = {
    "card": "(min-width: 48em) 20rem, 100vw",
    "hero": "100vw",
    "photo": "(min-width: 48em) 45rem, 100vw",
    "gallery": "(min-width: 48em) 20rem, 50vw",
    "share": "100vw",
    "cover": "(min-width: 48em) 30rem, 100vw",
    "cover_small": "12rem",
    "thumbnail": "165px",
}
SPEC_RE = re.compile(r"^(?P<kind>fill|max)-(?P<width>\d+)x(?P<height>\d+)$")


def webp_specs(spec):
    """The WebP renditions of a size: as large, then twice as large (sharp screens)."""
    match = SPEC_RE.match(spec)
    if match is None:
        return [f"{spec}|format-webp"]
    kind, width, height = match["kind"], int(match["width"]), int(match["height"])
    return [f"{spec}|format-webp", f"{kind}-{2 * width}x{2 * height}|format-webp"]


def variants(*specs):
    """Every rendition a size is shown with: the JPEG (or PNG) fallback and its WebPs."""
    return [variant for spec in specs for variant in (spec, *webp_specs(spec))]


@cache
def size_filters(size):
    """The filters of a named size (fallback, then its WebPs), parsed once per process:
    parsing a filter's spec costs more than finding its prefetched rendition."""
    return tuple(Filter(spec=spec) for spec in variants(SIZES[size]))
