"""Local development: DEBUG on, demo mode on, a throwaway key."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
DEMO_MODE = env_bool("DEMO_MODE", True)
SERVE_MEDIA = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
