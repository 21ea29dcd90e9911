"""Test data: residents' photos as a phone makes them, and contributions already sent."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from .forms import started_token
from .kinds import kind_by_slug
from .photos import CleanPhoto
from .submission import Submission, submit

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(name="photo.jpg", size=(64, 48), colour=(200, 120, 40), gps=True, rotated=False):
    """A JPEG upload carrying GPS tags (and an EXIF orientation, if `rotated`)."""
    exif = Image.Exif()
    if gps:
        position = exif.get_ifd(GPS_IFD)
        position[1] = "N"
        position[2] = (47.0, 13.0, 30.0)
        position[3] = "E"
        position[4] = (6.0, 0.0, 54.0)
    if rotated:
        exif[ORIENTATION] = 6  # "turn 90° clockwise to view"
    exif[0x010F] = "PhoneMaker"  # camera maker
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def clean_photo_data(size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 200)).save(buffer, format="JPEG")
    return CleanPhoto(buffer.getvalue(), "jpg", *size)


def form_data(**answers):
    """What a person posts: the answers, the charter, the form's signed start time."""
    return {"public_name": "Fatou", "charter": "on", "started": started_token(), **answers}


def submitted_contribution(quartier, kind="article", photos=0, **answers):
    """A contribution sent as the form sends it (same service), for tests and the demo."""
    data = {"public_name": "Fatou", "email": "", **answers}
    return submit(
        Submission(
            kind=kind_by_slug(kind),
            quartier=quartier,
            data=data,
            photos=[clean_photo_data() for _number in range(photos)],
        ),
        status_url=lambda contribution: f"/suivi/{contribution.token}/",
    )
