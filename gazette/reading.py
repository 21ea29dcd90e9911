"""Plain text of an article body, and how long it takes to read."""

from math import ceil

from django.utils.html import strip_tags

# A slow reader's pace: the gazette's readers include people learning French.
WORDS_PER_MINUTE = 150


def block_text(block):
    value = block.value
    if block.block_type == "paragraph":
        return strip_tags(value.source)
    if block.block_type == "heading":
        return value
    if block.block_type == "quote":
        return value["text"]
    if block.block_type in ("photo", "media"):
        return value.get("caption") or value.get("transcript") or ""
    if block.block_type == "gallery":
        return " ".join(photo["caption"] for photo in value["photos"] if photo["caption"])
    return ""


def body_text(body):
    return "\n".join(text for text in (block_text(block) for block in body) if text)


def reading_minutes(*texts):
    words = sum(len(text.split()) for text in texts)
    return max(1, ceil(words / WORDS_PER_MINUTE))


def body_images(body):
    """Every image of a body, with the struct value that holds it."""
    for block in body:
        if block.block_type == "photo" and block.value["image"]:
            yield block.value
        elif block.block_type == "gallery":
            yield from (photo for photo in block.value["photos"] if photo["image"])
