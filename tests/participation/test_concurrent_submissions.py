"""Residents sending at once, to two gunicorn workers on the default SQLite database:
every contribution lands, and the per-address limit holds across both processes."""

import http.cookiejar
import io
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.core import signing
from PIL import Image

from participation.forms import SIGNING_SALT
from tests.core.test_sqlite_concurrency import _concurrently, _server_errors
from tests.e2e.conftest import (
    REPO_ROOT,
    SERVER_START_TIMEOUT,
    _finish_manage,
    _free_port,
    _manage,
    _server_env,
    _start_manage,
    _wait_until_up,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="This run checks SQLite's locking under two workers.",
    ),
]

PARALLEL = 20
LIMIT = PARALLEL + 5
FORM = "/planoise/participer/article/"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("participation-server")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = _server_env(var_dir, base_url)
    env.update(PARTICIPATION_RATE_LIMIT=str(LIMIT), PARTICIPATION_MIN_FILL_SECONDS="0")
    collectstatic = _start_manage(
        env, var_dir / "collectstatic.log", "collectstatic", "--noinput", "-v0"
    )
    _manage(env, var_dir / "migrate.log", "migrate", "--noinput", "-v0")
    _manage(
        env, var_dir / "quartier.log", "create_quartier", "--name", "Planoise", "--city", "Besançon"
    )
    _finish_manage(collectstatic)
    log_path = var_dir / "server.log"
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "portal.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--no-control-socket"),
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(process, base_url, log_path)
        yield base_url, env["SECRET_KEY"], log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=SERVER_START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 120, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, (filename, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: image/jpeg\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def send(base_url, secret_key, number):
    """One resident's article with a photo; returns the status code."""
    token = secrets.token_hex(16)
    started = signing.dumps(int(time.time()) - 60, key=secret_key, salt=SIGNING_SALT)
    body, content_type = multipart(
        {
            "csrfmiddlewaretoken": token,
            "title": f"Article {number}",
            "text": "Un texte court.",
            "public_name": f"Habitant {number}",
            "charter": "on",
            "started": started,
        },
        {"photos": ("photo.jpg", jpeg())},
    )
    request = urllib.request.Request(
        base_url + FORM,
        data=body,
        headers={"Content-Type": content_type, "Cookie": f"csrftoken={token}"},
    )
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
    )
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_twenty_residents_at_once_then_the_limit_across_both_workers(server):
    base_url, secret_key, log_path = server
    statuses = _concurrently(
        [lambda number=number: send(base_url, secret_key, number) for number in range(PARALLEL)]
    )
    assert statuses == [302] * PARALLEL, _server_errors(log_path)
    # The limit is counted in the shared (database) cache: whichever worker answers, only
    # LIMIT - PARALLEL more go through, then 429. Per-process counters would let far more in.
    later = [send(base_url, secret_key, PARALLEL + number) for number in range(12)]
    assert later == [302] * (LIMIT - PARALLEL) + [429] * (12 - (LIMIT - PARALLEL)), _server_errors(
        log_path
    )
