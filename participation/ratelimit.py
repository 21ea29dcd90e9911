"""At most N contributions an hour from one address, counted in the shared cache, so the
limit holds across gunicorn workers and machines (database cache, or Redis)."""

import hashlib

from django.conf import settings
from django.core.cache import caches

WINDOW = 60 * 60  # seconds


def client_address(request):
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def cache_key(request):
    # The address is never stored, only a digest of it.
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"participation:sent:{digest}"


def over_limit(request):
    return (caches["shared"].get(cache_key(request)) or 0) >= settings.PARTICIPATION_RATE_LIMIT


def count_submission(request):
    cache = caches["shared"]
    key = cache_key(request)
    if cache.add(key, 1, WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, WINDOW)
