"""Illustrations drawn by code for the demo content (no downloads)."""

import io
import random

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image, ImageDraw

from core.blocks import photo_data

from .models import PeopleConsent, PortalImage


def _hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def draw_quartier(seed, palette, size=(1200, 800)):
    """A flat, colourful skyline of a quartier: sky, sun, blocks with windows, trees."""
    rng = random.Random(seed)  # noqa: S311 (a drawing, not a secret)
    width, height = size
    sky, accent = (_hex_to_rgb(colour) for colour in palette)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    light = _mix(sky, (255, 255, 255), 0.75)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(light, sky, y / height * 0.6))
    sun_x, sun_r = rng.randint(width // 5, width * 4 // 5), height // 9
    draw.ellipse(
        [sun_x - sun_r, height // 6 - sun_r, sun_x + sun_r, height // 6 + sun_r],
        fill=_mix(accent, (255, 255, 255), 0.3),
    )
    ground = height * 5 // 6
    x = -rng.randint(0, 60)
    while x < width:
        block_w = rng.randint(width // 12, width // 5)
        block_h = rng.randint(height // 5, height * 3 // 5)
        shade = rng.uniform(0.15, 0.55)
        draw.rectangle(
            [x, ground - block_h, x + block_w, ground], fill=_mix(sky, (30, 30, 40), shade)
        )
        window = max(8, block_w // 9)
        for wy in range(ground - block_h + window, ground - window, window * 2):
            for wx in range(x + window, x + block_w - window, window * 2):
                lit = rng.random() < 0.45
                colour = _mix(accent, (255, 255, 230), 0.4) if lit else _mix(sky, (20, 20, 30), 0.6)
                draw.rectangle([wx, wy, wx + window, wy + window], fill=colour)
        x += block_w + rng.randint(4, 30)
    draw.rectangle([0, ground, width, height], fill=_mix(accent, (40, 90, 40), 0.55))
    for _tree in range(rng.randint(3, 7)):
        tx, tr = rng.randint(0, width), rng.randint(height // 30, height // 14)
        draw.rectangle(
            [tx - tr // 5, ground - tr, tx + tr // 5, ground + tr // 2], fill=(90, 60, 40)
        )
        draw.ellipse([tx - tr, ground - 3 * tr, tx + tr, ground - tr], fill=(46, 120, 60))
    return image


def demo_image(title, collection, palette, credit, seed=None, date_taken=None):
    """The demo image called `title` in `collection`, drawn on first use only."""
    existing = PortalImage.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_quartier(seed or title, palette).save(buffer, format="JPEG", quality=82, optimize=True)
    image = PortalImage(
        title=title,
        collection=collection,
        credit=credit,
        date_taken=date_taken,
        people=PeopleConsent.NOBODY,
    )
    image.file = ImageFile(buffer, name=f"{slugify(title)[:60] or 'image'}.jpg")
    image.save()
    return image


class DemoPhotos:
    """Generated photos of one collection, credited to the resident who "took" them."""

    def __init__(self, collection, palette):
        self.collection = collection
        self.palette = palette

    def __call__(self, title, credit, date=None):
        return demo_image(
            title[:255], self.collection, self.palette, credit=credit, seed=title, date_taken=date
        )

    def block_value(self, title, photo, date=None):
        """A `core.blocks.PhotoBlock` value for a data file's `{caption, credit}`."""
        return photo_data(self(title, photo["credit"], date).pk, photo["caption"])
