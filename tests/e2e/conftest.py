"""End-to-end fixtures: the site served like `make run` (isolated), and Debian's chromium.

One gunicorn server per session, on a free port of 127.0.0.1, with its own temporary
PORTAL_VAR_DIR (database, media, collected static files); nothing of var/ is touched.
"""

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect, sync_playwright

# pytest-django's event loop and playwright's sync API share the thread.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_TIMEOUT = 30  # seconds
# Seconds for each of migrate, collectstatic and load_demo (the whole demo, on a busy machine).
SETUP_COMMAND_TIMEOUT = 600

# Environment variables that would make the server share state with something else.
UNSHARED_ENV = ("DATABASE_URL", "REDIS_URL", "STATIC_ROOT", "MEDIA_ROOT")


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env(var_dir, base_url):
    env = os.environ.copy()
    for name in UNSHARED_ENV:
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50)[:50],
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PORTAL_HTTPS="off",
        SERVE_MEDIA="on",
        DEMO_MODE="on",
        PORTAL_VAR_DIR=str(var_dir),
        WAGTAILADMIN_BASE_URL=base_url,
        PYTHONUNBUFFERED="1",
    )
    return env


def _start_manage(env, log_path, *args):
    log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 (closed by _finish_manage)
    log.write(f"$ manage.py {' '.join(args)}\n")
    log.flush()
    process = subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log, args


def _finish_manage(started):
    process, log, args = started
    try:
        returncode = process.wait(timeout=SETUP_COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        returncode = "timeout"
    finally:
        log.close()
    if returncode != 0:
        pytest.fail(
            f"manage.py {' '.join(args)} failed ({returncode}):\n{_tail(log.name)}",
            pytrace=False,
        )


def _manage(env, log_path, *args):
    _finish_manage(_start_manage(env, log_path, *args))


def _tail(path, lines=60):
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return "\n".join(text.splitlines()[-lines:])


def _wait_until_up(process, base_url, log_path):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"gunicorn exited ({process.returncode}):\n{_tail(log_path)}", pytrace=False
            )
        # Not listening yet: connection refused, until gunicorn's workers are up.
        with (
            contextlib.suppress(urllib.error.URLError, OSError),
            urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.2)
    pytest.fail(
        f"gunicorn did not answer within {SERVER_START_TIMEOUT} s:\n{_tail(log_path)}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def live_server_url():
    """The site, served with production settings by gunicorn; yields its base URL."""
    var_dir = Path(tempfile.mkdtemp(prefix="quartiers-e2e-"))
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = _server_env(var_dir, base_url)
    log_path = var_dir / "server.log"
    process = None
    try:
        # collectstatic does not touch the database: it runs while the database is filled.
        collectstatic = _start_manage(
            env, var_dir / "collectstatic.log", "collectstatic", "--noinput", "-v0"
        )
        try:
            _manage(env, var_dir / "migrate.log", "migrate", "--noinput", "-v0")
            _manage(env, var_dir / "load_demo.log", "load_demo")
        finally:
            _finish_manage(collectstatic)
        with open(log_path, "w", encoding="utf-8") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "portal.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "--access-logfile",
                    "-",
                ],
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _wait_until_up(process, base_url, log_path)
        yield base_url
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


VIEWPORTS = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def viewport(request):
    return request.param


class ResponseLog:
    """Every response and failed request seen by a browser context."""

    def __init__(self):
        self.errors = []
        self.blocked = []  # requests to other hosts, refused by the test (not a site error)
        self.allowed = set()  # (url, status) pairs a test expects, e.g. its own 404 page

    def on_response(self, response):
        if response.status >= 400 and (response.url, response.status) not in self.allowed:
            self.errors.append(f"{response.status} {response.request.method} {response.url}")

    def on_request_failed(self, request):
        failure = request.failure or ""
        # A navigation cancels requests still in flight (lazy images…): not a failure.
        if "ERR_ABORTED" not in failure and request.url not in self.blocked:
            self.errors.append(f"failed {request.method} {request.url}: {failure}")

    def allow(self, url, status):
        self.allowed.add((url, status))

    def assert_clean(self):
        assert not self.errors, "Bad responses:\n" + "\n".join(self.errors)


@pytest.fixture
def responses():
    return ResponseLog()


@pytest.fixture
def page(browser, live_server_url, viewport, responses):
    context = browser.new_context(base_url=live_server_url, locale="fr-FR", **VIEWPORTS[viewport])
    context.set_default_timeout(10_000)

    # Only 127.0.0.1 traffic: requests to any other host are refused.
    def only_local(route):
        if route.request.url.startswith(f"{live_server_url}/"):
            route.continue_()
        else:
            responses.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    context.on("response", responses.on_response)
    context.on("requestfailed", responses.on_request_failed)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def shots_dir():
    path = Path("/tmp/e2e-shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


DEMO_PASSWORD = "quartiers"


def log_in(page, username, password=DEMO_PASSWORD):
    """Logs a demo account in to the admin; the dashboard is open afterwards."""
    page.goto("/admin/login/")
    page.locator("input[name='username']").fill(username)
    page.locator("input[name='password']").fill(password)
    with page.expect_navigation():
        page.locator("form button[type='submit']").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


_axe = Axe()

# True where the page runs scripts: with scripting off, <noscript> content parses as elements.
SCRIPTING_ENABLED = """() => {
    const probe = document.createElement("div");
    probe.innerHTML = "<noscript><p></p></noscript>";
    return probe.querySelector("noscript p") === null;
}"""


def assert_accessible(page):
    """axe-core on the current page; any violation fails, with axe's report.

    axe waits on timers, which never fire where JavaScript is off (it would wait forever):
    such a page is checked as a copy of its document, at its address, in a page that runs
    axe but refuses the site's own scripts, so what is checked is still the page without
    JavaScript."""
    if page.evaluate(SCRIPTING_ENABLED):
        _assert_no_violations(page)
        return
    origin = "/".join(page.url.split("/", 3)[:3])
    context = page.context.browser.new_context(viewport=page.viewport_size, locale="fr-FR")
    try:
        context.set_default_timeout(10_000)
        context.route(
            "**/*",
            lambda route: (
                route.abort()
                if route.request.resource_type == "script"
                or not route.request.url.startswith(origin)
                else route.continue_()
            ),
        )
        copy = context.new_page()
        copy.goto(page.url)
        copy.set_content(page.content())
        _assert_no_violations(copy, page.url)
    finally:
        context.close()


def _assert_no_violations(page, url=None):
    results = _axe.run(page)
    assert results.violations_count == 0, (
        f"{results.violations_count} axe violation(s) on {url or page.url}:\n"
        + results.generate_report()
    )
