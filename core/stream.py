"""Reading a StreamField of `core.blocks`: its plain text and its images."""

from collections import defaultdict
from copy import copy
from math import ceil

from django.utils.html import strip_tags
from wagtail.images import get_image_model

from .renditions import variants

# A slow reader's pace: the portal's readers include people learning French.
WORDS_PER_MINUTE = 150


def block_text(block):
    value = block.value
    if block.block_type == "paragraph":
        return strip_tags(value.source)
    if block.block_type == "heading":
        return value
    if block.block_type == "quote":
        return value["text"]
    if block.block_type == "photo":
        return value["caption"]
    if block.block_type == "media":
        return f"{value['title']}\n{value['transcript']}"
    if block.block_type == "gallery":
        return " ".join(photo["caption"] for photo in value["photos"] if photo["caption"])
    return ""


def stream_text(stream):
    return "\n".join(text for text in (block_text(block) for block in stream) if text)


def reading_minutes(*texts):
    words = sum(len(text.split()) for text in texts)
    return max(1, ceil(words / WORDS_PER_MINUTE))


def stream_images(stream):
    """Every image of a stream, in order of appearance."""
    for block in stream:
        if block.block_type == "photo" and block.value["image"]:
            yield block.value["image"]
        elif block.block_type == "gallery":
            yield from (photo["image"] for photo in block.value["photos"] if photo["image"])


def prefetch_renditions(images, *specs):
    """Load the renditions of these image instances in one query.

    The instances keep what the stream set on them (the alt text given in context).
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    rendition_model = get_image_model().get_rendition_model()
    renditions = rendition_model.objects.filter(
        image_id__in={image.pk for image in images}, filter_spec__in=variants(*specs)
    )
    by_image = defaultdict(list)
    for rendition in renditions:
        by_image[rendition.image_id].append(rendition)
    for image in images:
        # A copy per instance: the same photo may appear twice with two alt texts.
        image.prefetched_renditions = [copy(rendition) for rendition in by_image[image.pk]]
        for rendition in image.prefetched_renditions:
            rendition.image = image
