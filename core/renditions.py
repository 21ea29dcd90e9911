"""Every image size the portal shows, named once.

Prefetching (`prefetch_renditions`) and templates (`{% sized_image image "card" %}`)
both use these names, so a page never asks for a size it did not prefetch.
"""

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
