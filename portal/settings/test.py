"""Test runs: fast hashing, an in-memory cache, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105 (tests only)
DEMO_MODE = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="quartiers-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="quartiers-test-static-")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
}
STORAGES["private"]["OPTIONS"]["location"] = tempfile.mkdtemp(  # noqa: F405
    prefix="quartiers-test-private-"
)
PARTICIPATION_MIN_FILL_SECONDS = 0
# Factories make live pages without publishing them (no purge): tests that test the page
# cache turn it on (tests/core/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
