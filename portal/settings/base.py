"""Settings shared by every environment. Values that differ come from the environment."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    REDIS_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "quartiers",
    }
    CACHES = {"default": REDIS_CACHE, "shared": REDIS_CACHE}
else:
    # "shared" holds what every worker must agree on (rate limits): the database when
    # there is no Redis (its table is made by core's migrations).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        },
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French is the language of the site and of the admin.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
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
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
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
# SEARCH_BACKEND=opensearch or elasticsearch (with SEARCH_URLS) for large deployments.
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "quartiers_french"
elif SEARCH_BACKEND in ("opensearch", "elasticsearch"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": {
                "opensearch": "modelsearch.backends.opensearch3",
                "elasticsearch": "modelsearch.backends.elasticsearch9",
            }[SEARCH_BACKEND],
            "URLS": env_list("SEARCH_URLS") or ["http://127.0.0.1:9200"],
            "INDEX_PREFIX": env_str("SEARCH_INDEX_PREFIX", "quartiers_"),
        }
    }
else:
    raise ImproperlyConfigured(
        "SEARCH_BACKEND must be database, opensearch or elasticsearch, not " + SEARCH_BACKEND
    )
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
