"""Production: refuses to start without its secrets; HTTPS and security headers on."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required

SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env_required("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS is on unless PORTAL_HTTPS=off (only for a local demo served on 127.0.0.1).
HTTPS = env_bool("PORTAL_HTTPS", True)
PORTAL_SITE_PORT = env_int("PORTAL_SITE_PORT", 443 if HTTPS else 80)
SECURE_SSL_REDIRECT = HTTPS
# A load balancer asks /healthz over plain HTTP, on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
