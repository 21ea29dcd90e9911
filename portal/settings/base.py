"""Settings shared by every environment. Values that differ come from the environment."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str
from .object_storage import object_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Runtime data (SQLite database, uploaded media, collected static files) lives in var/.
VAR_DIR = Path(env_str("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

# Demo mode: demo accounts exist only while it is on (see `manage.py load_demo`).
DEMO_MODE = env_bool("DEMO_MODE", False)
# Serve uploaded media from the application (a single-machine install); off behind object storage.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# HTTPS is production's (PORTAL_HTTPS there); plain HTTP elsewhere.
HTTPS = False
# The port of the Sites of quartiers with their own hostname, hence the scheme of their links
# (443: https://, 80: http://).
PORTAL_SITE_PORT = env_int("PORTAL_SITE_PORT", 80)

INSTALLED_APPS = [
    "users",
    "images",
    "core",
    "home",
    "gazette",
    "annuaire",
    "events",
    "memoire",
    # Residents' contributions to every section above: keep it after them.
    "participation",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Background work (Wagtail's tasks): its database queue, used when TASKS_BACKEND=database.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # What a request looks up once (view restrictions, sections): see core/request_cache.py.
    "core.request_cache.RequestCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A NUL character in a query string is a 404, never a query (core/query_string.py).
    "core.query_string.RejectNulMiddleware",
    # Documents and recordings in pieces, as phones' players ask (core/byte_ranges.py).
    "core.byte_ranges.ByteRangeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page, 304 when the visitor already has it (kept pages included).
    "django.middleware.http.ConditionalGetMiddleware",
    # Whole pages for anonymous visitors from the shared cache (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL")
if not DATABASE_URL:
    # The embedded default: a SQLite file in var/, created on first use.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several writers at once (gunicorn workers, threads): readers never wait for a writer
    # (WAL), a transaction takes the write lock when it begins rather than failing at once when
    # it upgrades from reading (IMMEDIATE), and a writer waits its turn up to `timeout` seconds.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request within seconds (a 503 page, see
    # portal/faults.py) instead of holding a worker for minutes.
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", 5),
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # A Redis that does not answer is bypassed and logged, never a 500 (portal/cache.py).
    REDIS_CACHE = {
        "BACKEND": "portal.cache.FaultTolerantRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "quartiers",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    CACHES = {"default": REDIS_CACHE, "shared": REDIS_CACHE}
else:
    # "shared" holds what every worker must agree on (the page cache and its generations):
    # the database when there is no Redis (its table is made by core's migrations).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        },
    }

# Whole pages kept for anonymous visitors (core/page_cache.py): in the shared cache, purged
# when what they show changes, and at most this many seconds old (0: no page cache).
PAGE_CACHE_ALIAS = "shared"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# How long a CDN or a caching proxy in front may keep a page (s-maxage); 0: it may not.
# Set it only with a purge configured below (FRONTEND_CACHE_*).
PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 0)
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):
    # A proxy that accepts PURGE requests (Varnish, nginx with a purge module…).
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE"),
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    # Wagtail then purges a page's addresses on the CDN when it is published or unpublished.
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French is the language of the site and of the admin.
LANGUAGE_CODE = "fr"
# Only the plural messages: French says "0 lieu" (`manage.py french_plurals`).
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("fr", _("Français"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files served at the site's root by whitenoise: /favicon.ico, which browsers ask for.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Files nobody outside the quartier's moderators may reach (residents' pending photos):
# never under MEDIA_ROOT, never served by a URL of their own.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}
# Media on S3-compatible object storage when S3_BUCKET is set (portal/settings/object_storage.py).
if S3_STORAGES := object_storages():
    STORAGES.update(S3_STORAGES)
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail over SMTP as soon as EMAIL_HOST is set; printed on the console otherwise.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = EMAIL_HOST or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
# A mail server that does not answer must not hold a request (or a worker) for long.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Quartiers <ne-pas-repondre@quartiers.localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "Quartiers"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_IMAGE_MODEL = "images.PortalImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents, and the quartier's recordings (sound and video, shown with their transcript).
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "odt", "docx", "txt", "csv", "xlsx", "ods"),
    *("mp3", "ogg", "oga", "opus", "m4a", "wav", "mp4", "webm", "ogv"),
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
# Documents only through Wagtail's view, which applies their collection's privacy, even on
# object storage (never a redirect to the file, never /media/documents/: see portal/media.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The database backend, with French words for index and queries (see core/search_backend.py);
# on PostgreSQL, the French text search configuration core's migration 0006 creates.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "quartiers_french"
# Or OpenSearch / Elasticsearch (docs/deploy.md): SEARCH_URL, and SEARCH_ENGINE the name of
# Wagtail's backend for its version (opensearch2, opensearch3, elasticsearch8…).
SEARCH_URL = env_str("SEARCH_URL")
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{env_str('SEARCH_ENGINE', 'opensearch2')}",
            "URLS": [SEARCH_URL],
            "INDEX": env_str("SEARCH_INDEX", "quartiers"),
            "TIMEOUT": 5,
        }
    }

# Background work from Wagtail (reference index, focal points, deleting replaced files):
# at once, in the request, by default; TASKS_BACKEND=database queues it in the database for
# `manage.py db_worker` (deploy/quartiers-worker.service).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True

# Security headers that hold everywhere; HTTPS-only ones are in production.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No framing; Wagtail's preview views allow their own same-origin frame.
X_FRAME_OPTIONS = "DENY"

# Residents' contributions (participation/): limits and anti-abuse.
PARTICIPATION_RATE_LIMIT = env_int("PARTICIPATION_RATE_LIMIT", 10)  # per address and hour
PARTICIPATION_MIN_FILL_SECONDS = env_int("PARTICIPATION_MIN_FILL_SECONDS", 3)
PARTICIPATION_MAX_PHOTO_MB = env_int("PARTICIPATION_MAX_PHOTO_MB", 15)
PARTICIPATION_MAX_PHOTOS = 6
PARTICIPATION_PENDING_DAYS = 90

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
