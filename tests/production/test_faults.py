"""Faults: a database or a Redis that does not answer, a storage that refuses a photo."""

import json
import logging

import pytest
from django.db import OperationalError, connection
from django.test import override_settings

from portal.cache import FaultTolerantRedisCache

from .conftest import answers, free_port, manage, production_env

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor(client):
    # Answers as a visitor's browser gets them, instead of re-raising the server's error.
    client.raise_request_exception = False
    return client


def break_database(monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)


def test_a_dead_database_gives_a_503_page_then_the_site_comes_back(visitor, home, monkeypatch):
    assert visitor.get("/").status_code == 200
    break_database(monkeypatch)
    response = visitor.get("/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-cache" in response["Cache-Control"]
    assert "Site momentanément indisponible" in html
    assert '<html lang="fr">' in html
    assert "Traceback" not in html
    assert "OperationalError" not in html
    monkeypatch.undo()
    assert visitor.get("/").status_code == 200


def test_other_errors_keep_the_500_page(visitor, home, monkeypatch):
    def crash(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("home.models.HomePage.get_context", crash)
    response = visitor.get("/")
    assert response.status_code == 500
    assert "Le site a un problème" in response.content.decode()
    assert "Retry-After" not in response


def test_healthz_tells_whether_the_database_answers(visitor, monkeypatch):
    response = visitor.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]
    break_database(monkeypatch)
    response = visitor.get("/healthz")
    assert response.status_code == 503
    assert "no-store" in response["Cache-Control"]


def test_a_dead_postgresql_fails_fast_with_a_503(tmp_path):
    """A real psycopg connection to a closed port, in production settings."""
    port = free_port()
    script = """
import json
from django.conf import settings
from django.test import Client, override_settings
plain = {**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
with override_settings(STORAGES=plain):
    client = Client(raise_request_exception=False)
    page, health = client.get("/"), client.get("/healthz")
print(json.dumps({
    "page": page.status_code, "retry": page.get("Retry-After"),
    "body": page.content.decode(), "health": health.status_code,
    "timeout": settings.DATABASES["default"]["OPTIONS"]["connect_timeout"],
    "max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
    "health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
}))
"""
    env = production_env(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/quartiers",
        PORTAL_VAR_DIR=str(tmp_path),
    )
    result = manage("shell", "-c", script, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["page"] == 503
    assert seen["retry"] == "30"
    assert "Site momentanément indisponible" in seen["body"]
    assert "Traceback" not in seen["body"]
    assert seen["health"] == 503
    assert seen["timeout"] == 5
    assert seen["max_age"] == 60
    assert seen["health_checks"] is True


def dead_redis_caches():
    location = f"redis://127.0.0.1:{free_port()}/0"
    dead = {
        "BACKEND": "portal.cache.FaultTolerantRedisCache",
        "LOCATION": location,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    return {"default": dead, "shared": dead}


def test_a_dead_redis_still_serves_pages_and_logs_it(visitor, home, caplog):
    with override_settings(CACHES=dead_redis_caches()), caplog.at_level(logging.WARNING):
        response = visitor.get("/")
        health = visitor.get("/healthz")
    assert response.status_code == 200
    assert health.status_code == 200
    assert "Redis does not answer" in caplog.text


def test_the_cache_tries_redis_again_after_a_pause(monkeypatch):
    cache = FaultTolerantRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    assert cache.get("key", "missing") == "missing"
    assert cache.add("key", 1) is False
    assert cache.incr("counter") == 1
    tries = []
    monkeypatch.setattr("redis.Redis.get", lambda *args: tries.append(args) or None)
    assert cache.get("key") is None
    assert tries == []  # still resting after the failure
    monkeypatch.setattr("portal.cache.time.monotonic", lambda: float("inf"))
    assert cache.get("key", "default") == "default"
    assert len(tries) == 1


@pytest.mark.skipif(not answers(6379), reason="No Redis on 127.0.0.1:6379.")
def test_a_live_redis_is_used():
    cache = FaultTolerantRedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": "faults-test"})
    cache.set("key", {"quartier": "planoise"}, 30)
    assert cache.get("key") == {"quartier": "planoise"}
    cache.delete("key")
    assert cache.get("key") is None
