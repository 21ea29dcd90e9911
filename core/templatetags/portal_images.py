"""Images at the portal's named sizes (see `core.renditions`)."""

from django import template

from ..renditions import SIZES

register = template.Library()


@register.simple_tag
def sized_image(image, size, **attrs):
    """An <img> of `image` at the named size, with its width and height.

    Uses the renditions prefetched with `prefetch_renditions(CARD, …)` when there are.
    An `alt` attribute is required by the caller: "" for a decorative image.
    """
    if not image:
        return ""
    rendition = image.get_rendition(SIZES[size])
    return rendition.img_tag(attrs)


@register.simple_tag
def sized_image_url(image, size):
    return image.get_rendition(SIZES[size]).url if image else ""
