"""Residents' photos: the real format checked, metadata removed, orientation kept.

Every photo is decoded and encoded again before anything is stored, so no EXIF block
(GPS position, camera maker notes, owner's name…) survives, on the stored file and so on
every copy made from it later. Phone photos in HEIC/HEIF are read with pillow-heif and
stored as JPEG.
"""

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

register_heif_opener()

# What a phone makes; anything else (SVG, PDF, GIF…) is refused.
STORED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "HEIF": "JPEG"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_PIXELS = 50_000_000  # a 50-megapixel camera; 20,000 × 20,000 is refused
JPEG_QUALITY = 88


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes
    extension: str
    width: int
    height: int


def max_bytes():
    return settings.PARTICIPATION_MAX_PHOTO_MB * 1024 * 1024


def not_a_photo(name):
    return ValidationError(
        _(
            "« %(name)s » n'est pas une photo que nous acceptons : envoyez un JPEG, PNG, WebP ou HEIC."
        )
        % {"name": name}
    )


def too_big(name):
    return ValidationError(
        _("« %(name)s » a trop de pixels pour nous : envoyez une photo plus petite.")
        % {"name": name}
    )


def clean_photo(upload):
    """The photo's bytes without metadata, upright; a French ValidationError otherwise."""
    name = upload.name
    if upload.size > max_bytes():
        raise ValidationError(
            _("« %(name)s » pèse %(size)s : le maximum est %(max)s par photo.")
            % {
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(max_bytes()),
            }
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in STORED_FORMATS:
                raise not_a_photo(name)
            if image.width * image.height > MAX_PIXELS:
                raise too_big(name)
            stored_format = STORED_FORMATS[image.format]
            upright = ImageOps.exif_transpose(image)
            return encode(upright, stored_format)
    except Image.DecompressionBombError as error:
        raise too_big(name) from error
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise not_a_photo(name) from error


def encode(image, stored_format):
    if stored_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    options = {"quality": JPEG_QUALITY, "optimize": True} if stored_format != "PNG" else {}
    # No `exif=` and no other metadata is passed: the new file carries none.
    image.save(buffer, format=stored_format, **options)
    return CleanPhoto(buffer.getvalue(), EXTENSIONS[stored_format], image.width, image.height)
