"""Media on S3-compatible object storage, against moto's S3 server on 127.0.0.1: originals
stay private, renditions are public and allowed by the page's Content-Security-Policy."""

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from wagtail.images.models import get_rendition_storage

from images.factories import PortalImageFactory
from images.models import PortalRendition
from portal.settings.object_storage import RENDITION_CACHE_CONTROL, object_storages

from .conftest import answers, free_port

boto3 = pytest.importorskip("boto3")
pytest.importorskip("moto.server")

pytestmark = pytest.mark.django_db

BUCKET = "quartiers-media"
PUBLIC_BUCKET = "quartiers-renditions"
KEYS = {"S3_ACCESS_KEY_ID": "testing", "S3_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not answers(port):
            assert server.poll() is None, "moto's server stopped"
            assert time.monotonic() < deadline, "moto's server did not start"
            time.sleep(0.2)
        endpoint = f"http://127.0.0.1:{port}"
        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        for bucket in (BUCKET, PUBLIC_BUCKET):
            client.create_bucket(Bucket=bucket)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def object_storage(s3_endpoint, monkeypatch, settings):
    for name, value in {
        **KEYS,
        "S3_BUCKET": BUCKET,
        "S3_PUBLIC_BUCKET": PUBLIC_BUCKET,
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    configured = {**settings.STORAGES, **object_storages()}
    with override_settings(STORAGES=configured, WAGTAILIMAGES_RENDITION_STORAGE="renditions"):
        # Django resolves a field's storage when the model is defined: in production, from the
        # settings above; here, after the fact.
        monkeypatch.setattr(
            PortalRendition._meta.get_field("file"), "storage", get_rendition_storage()
        )
        yield s3_endpoint


def anonymous_get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""


def test_originals_are_private_and_renditions_public(object_storage):
    image = PortalImageFactory(title="La fontaine")
    rendition = image.get_rendition("fill-80x60")

    original_key = storages["default"]._normalize_name(image.file.name)
    assert original_key.startswith("media/original_images/")
    status, _headers, _body = anonymous_get(f"{object_storage}/{BUCKET}/{original_key}")
    assert status == 403
    status, _headers, body = anonymous_get(image.file.url)  # signed, for the admin
    assert status == 200
    assert body[:2] == b"\xff\xd8"

    assert rendition.url.startswith(f"{object_storage}/{PUBLIC_BUCKET}/renditions/images/")
    assert "Signature" not in rendition.url
    status, headers, body = anonymous_get(rendition.url)
    assert status == 200
    assert body[:2] == b"\xff\xd8"
    assert headers["Cache-Control"] == RENDITION_CACHE_CONTROL


def test_the_policy_lets_pages_show_renditions_from_object_storage(object_storage, client, home):
    policy = client.get("/")["Content-Security-Policy"]
    assert f"img-src 'self' data: {object_storage};" in policy
    assert "script-src 'self';" in policy


def test_pending_photos_go_to_the_private_location(object_storage):
    name = storages["private"].save("contributions/essai.jpg", ContentFile(b"x"))
    key = storages["private"]._normalize_name(name)
    assert key.startswith("private/contributions/")
    status, _headers, _body = anonymous_get(f"{object_storage}/{BUCKET}/{key}")
    assert status == 403
