"""Images at the portal's named sizes (see `core.renditions`)."""

from django import template
from django.utils.html import format_html, format_html_join

from ..renditions import LAYOUT_WIDTHS, SIZES, size_filters

register = template.Library()

SHOWN_ON_REQUEST = "_portal_images_shown"


def _loading_attrs(request):
    """The first image of a page loads at once, first (it is often the largest one shown
    without scrolling); the others load when they come near the screen."""
    shown = getattr(request, SHOWN_ON_REQUEST, 0) if request is not None else 1
    if request is not None:
        setattr(request, SHOWN_ON_REQUEST, shown + 1)
    if shown == 0:
        return {"fetchpriority": "high"}
    return {"loading": "lazy", "decoding": "async"}


@register.simple_tag(takes_context=True)
def sized_image(context, image, size, **attrs):
    """A <picture> of `image` at the named size: WebP at two widths, the JPEG (or PNG)
    fallback in its <img>, with its width and height.

    Uses the renditions prefetched with `prefetch_renditions(CARD, …)` when there are
    (they bring the WebPs along). An `alt` attribute is required by the caller: "" for a
    decorative image. `loading` is decided here: never lazy for the page's first image.
    """
    if not image:
        return ""
    filters = size_filters(size)
    renditions = list(image.get_renditions(*filters).values())
    fallback, webps = renditions[0], renditions[1:]
    attrs.pop("loading", None)
    img = fallback.img_tag({**attrs, **_loading_attrs(context.get("request"))})
    srcset = format_html_join(", ", "{} {}w", ((webp.url, webp.width) for webp in webps))
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">{}</picture>',
        srcset,
        LAYOUT_WIDTHS[size],
        img,
    )


@register.simple_tag
def sized_image_url(image, size):
    return image.get_rendition(SIZES[size]).url if image else ""
