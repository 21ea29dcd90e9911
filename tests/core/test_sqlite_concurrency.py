"""Concurrent writers on the default SQLite database: no "database is locked", nothing lost.

Both tests run the project's own settings (production, the default SQLite file in a temporary
PORTAL_VAR_DIR) in other processes: the test database of pytest is in memory, and only a file
shows SQLite's locking between connections.
"""

import concurrent.futures
import contextlib
import http.cookiejar
import json
import secrets
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import settings

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

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking options only apply when the database is SQLite (DATABASE_URL).",
)

WRITERS = 8

# Each thread reads the counter, then writes it back plus one, in one transaction: with
# deferred transactions, a reader cannot upgrade to a writer while another one commits, and
# SQLite answers "database is locked" at once, whatever the timeout.
THREADS_SCRIPT = """
import json, sys, threading, time

import django

django.setup()
from django.db import connection, transaction

writers = int(sys.argv[1])
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)")
    cursor.execute("INSERT INTO counter (id, value) VALUES (1, 0)")
    cursor.execute("PRAGMA journal_mode")
    journal_mode = cursor.fetchone()[0]
connection.close()

barrier = threading.Barrier(writers)
errors = []


def increment():
    try:
        barrier.wait()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT value FROM counter WHERE id = 1")
            value = cursor.fetchone()[0]
            time.sleep(0.05)
            cursor.execute("UPDATE counter SET value = %s WHERE id = 1", [value + 1])
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()


threads = [threading.Thread(target=increment) for _ in range(writers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT value FROM counter WHERE id = 1")
    count = cursor.fetchone()[0]
print(json.dumps({"journal_mode": journal_mode, "errors": errors, "count": count}))
"""


def test_threads_reading_then_writing_in_transactions_all_succeed(tmp_path):
    env = _server_env(tmp_path, "http://127.0.0.1")
    result = subprocess.run(
        [sys.executable, "-c", THREADS_SCRIPT, str(WRITERS)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["errors"] == []
    assert outcome["count"] == WRITERS
    assert outcome["journal_mode"] == "wal"


# Two gunicorn workers, like `make run`: concurrent logins (a session and last_login each),
# then concurrent collection creations (Wagtail reads the tree, then inserts, in a transaction).
CLIENTS = 10
COLLECTIONS_PER_CLIENT = 2
PASSWORD = "un-mot-de-passe-de-test"
CREATE_USER = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("charge", "charge@example.org", "{PASSWORD}")
"""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class _Client:
    """One browser, with its own cookies, posting forms."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect
        )

    def post(self, path, data):
        token = next((c.value for c in self.cookies if c.name == "csrftoken"), None)
        headers = {}
        if token is None:
            # No page loaded yet: a CSRF secret of its own, in the cookie and in the form.
            token = secrets.token_hex(16)
            headers["Cookie"] = f"csrftoken={token}"
        request = urllib.request.Request(
            f"{self.base_url}{path}",
            data=urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode(),
            headers=headers,
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def _concurrently(calls):
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        return call()

    with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


@pytest.fixture
def two_workers(tmp_path):
    """gunicorn with two workers on the default SQLite file, migrated.

    Yields its URL, its database file and its log.
    """
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = _server_env(tmp_path, base_url)
    _manage(env, tmp_path / "migrate.log", "migrate", "--noinput", "-v0")
    # The account is created while gunicorn starts.
    create_user = _start_manage(env, tmp_path / "user.log", "shell", "-c", CREATE_USER)
    log_path = tmp_path / "server.log"
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "portal.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "2"),
                # The browser tests' server may be running: leave its control socket alone.
                "--no-control-socket",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _finish_manage(create_user)
        _wait_until_up(process, base_url, log_path)
        yield base_url, tmp_path / "db.sqlite3", log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=SERVER_START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _server_errors(log_path):
    """The exceptions the server logged (its 500 page needs collected static files: none here)."""
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(line for line in lines if "Error:" in line)


def _database_state(database):
    with contextlib.closing(sqlite3.connect(database)) as db:
        (root_id, numchild) = db.execute(
            "SELECT id, numchild FROM wagtailcore_collection WHERE depth = 1"
        ).fetchone()
        return {
            "root_id": root_id,
            "numchild": numchild,
            "sessions": db.execute("SELECT COUNT(*) FROM django_session").fetchone()[0],
            "last_login": db.execute(
                "SELECT last_login FROM users_user WHERE username = 'charge'"
            ).fetchone()[0],
            "collections": db.execute(
                "SELECT name, path FROM wagtailcore_collection WHERE depth = 2"
            ).fetchall(),
        }


@pytest.mark.e2e
def test_two_gunicorn_workers_write_concurrently(two_workers):
    base_url, database, log_path = two_workers
    before = _database_state(database)
    clients = [_Client(base_url) for _ in range(CLIENTS)]

    logins = _concurrently(
        [
            lambda client=client: client.post(
                "/admin/login/", {"username": "charge", "password": PASSWORD}
            )
            for client in clients
        ]
    )
    assert logins == [302] * CLIENTS, _server_errors(log_path)

    names = [f"Atelier {i}" for i in range(CLIENTS * COLLECTIONS_PER_CLIENT)]
    creations = _concurrently(
        [
            lambda client=client, mine=names[i::CLIENTS]: [
                client.post("/admin/collections/add/", {"name": name, "parent": before["root_id"]})
                for name in mine
            ]
            for i, client in enumerate(clients)
        ]
    )
    statuses = [status for client_statuses in creations for status in client_statuses]
    assert statuses == [302] * len(names), _server_errors(log_path)

    after = _database_state(database)
    assert after["sessions"] == before["sessions"] + CLIENTS
    assert before["last_login"] is None
    assert after["last_login"] is not None
    new = set(after["collections"]) - set(before["collections"])
    assert sorted(name for name, _path in new) == sorted(names)
    assert len({path for _name, path in after["collections"]}) == len(after["collections"])
    assert after["numchild"] == before["numchild"] + len(names)
