"""The production services, switched on by the environment (docs/deploy.md)."""

import json

from .conftest import manage, production_env

SHOW = """
import json
from django.conf import settings
from django.core.mail import get_connection
from django_tasks import task_backends
print(json.dumps({
    "email": settings.EMAIL_BACKEND, "email_host": settings.EMAIL_HOST,
    "email_timeout": get_connection().timeout,
    "search": settings.WAGTAILSEARCH_BACKENDS["default"],
    "tasks": type(task_backends["default"]).__name__,
    "cache": settings.CACHES["default"]["BACKEND"],
    "renditions": settings.WAGTAILIMAGES_RENDITION_STORAGE,
    "default_storage": settings.STORAGES["default"]["BACKEND"],
}))
"""


def test_the_services_come_from_the_environment(tmp_path):
    env = production_env(
        PORTAL_VAR_DIR=str(tmp_path),
        EMAIL_HOST="smtp.example.org",
        SEARCH_URL="http://127.0.0.1:9200",
        SEARCH_ENGINE="opensearch2",
        TASKS_BACKEND="database",
        REDIS_URL="redis://127.0.0.1:6379/0",
        S3_BUCKET="quartiers",
    )
    result = manage("shell", "-c", SHOW, env=env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert seen["email_host"] == "smtp.example.org"
    assert seen["email_timeout"] == 10
    assert seen["search"]["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert seen["search"]["URLS"] == ["http://127.0.0.1:9200"]
    assert seen["tasks"] == "DatabaseBackend"
    assert seen["cache"] == "portal.cache.FaultTolerantRedisCache"
    assert seen["renditions"] == "renditions"
    assert seen["default_storage"] == "storages.backends.s3.S3Storage"


def test_an_unknown_tasks_backend_is_refused(tmp_path):
    env = production_env(PORTAL_VAR_DIR=str(tmp_path), TASKS_BACKEND="celery")
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database" in result.stderr
