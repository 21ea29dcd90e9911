"""Benchmark: from "Envoyer" to a draft in the quartier's workflow, for an article with six
phone-sized photos (12 megapixels each, as a phone takes them, with GPS tags).

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf -s`).
"""

import io
import statistics
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import WorkflowState

from images.generated import draw_quartier
from participation.factories import form_data
from participation.models import Contribution, ParticipationPage

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

PHONE_SIZE = (4032, 3024)
PHOTOS = 6
RUNS = 3


def phone_photos():
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (47.0, 13.0, 30.0)})
    photos = []
    for number in range(PHOTOS):
        buffer = io.BytesIO()
        draw_quartier(number, ("#2a6f97", "#f4a259"), size=PHONE_SIZE).save(
            buffer, format="JPEG", quality=90, exif=exif
        )
        photos.append(buffer.getvalue())
    return photos


def test_submit_to_draft_in_workflow(client, quartier, settings):
    settings.PARTICIPATION_RATE_LIMIT = 100
    participer = ParticipationPage.objects.child_of(quartier).get()
    url = participer.url + "article/"
    photos = phone_photos()
    megabytes = sum(len(photo) for photo in photos) / 1024 / 1024
    timings = []
    for run in range(RUNS):
        uploads = [
            SimpleUploadedFile(f"IMG_{run}_{n}.jpg", data, "image/jpeg")
            for n, data in enumerate(photos)
        ]
        data = form_data(title=f"Essai {run}", text="Un texte.", photos=uploads)
        start = time.perf_counter()
        response = client.post(url, data)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 302
    assert Contribution.objects.count() == RUNS
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == RUNS
    print(
        f"\nSubmit → draft in workflow, {PHOTOS} photos of {PHONE_SIZE[0]}×{PHONE_SIZE[1]} "
        f"({megabytes:.1f} MB): median {statistics.median(timings):.2f} s over {RUNS} runs "
        f"(min {min(timings):.2f} s, max {max(timings):.2f} s)"
    )
