"""At most N contributions an hour from one address.

Counted in the database with one conditional ``UPDATE … SET sent = sent + 1``, so the limit
holds exactly across gunicorn workers and machines: a cache's ``incr`` is a read then a
write on the database cache, and two workers could lose a count."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models.sending_count import SendingCount

WINDOW = timedelta(hours=1)


def client_address(request):
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def address_digest(request):
    # Keyed with the secret key: the digest cannot be reversed by trying every address.
    return salted_hmac(
        "participation.ratelimit", client_address(request), algorithm="sha256"
    ).hexdigest()


def take_slot(request):
    """Count one sending for this address; False, counting nothing, when its hour is full."""
    digest = address_digest(request)
    now = timezone.now()
    with transaction.atomic():
        SendingCount.objects.filter(window_started_at__lte=now - WINDOW).delete()
        SendingCount.objects.get_or_create(
            address_digest=digest, defaults={"window_started_at": now}
        )
        taken = SendingCount.objects.filter(
            address_digest=digest, sent__lt=settings.PARTICIPATION_RATE_LIMIT
        ).update(sent=F("sent") + 1)
    return taken == 1


def give_back_slot(request):
    """A sending that failed on our side does not count against the resident."""
    SendingCount.objects.filter(address_digest=address_digest(request), sent__gt=0).update(
        sent=F("sent") - 1
    )
