from django.db import models
from django.utils.translation import gettext_lazy as _


class SendingCount(models.Model):
    """How many contributions one address has sent in the current hour.

    The address itself is never stored: only a keyed digest of it, and each row is erased
    once its hour is over (``participation.ratelimit``)."""

    address_digest = models.CharField(_("empreinte de l'adresse"), max_length=64, primary_key=True)
    window_started_at = models.DateTimeField(_("début de l'heure comptée"), db_index=True)
    sent = models.PositiveIntegerField(_("contributions envoyées"), default=0)

    class Meta:
        verbose_name = _("compteur d'envois")
        verbose_name_plural = _("compteurs d'envois")

    def __str__(self):
        return f"{self.address_digest[:8]}…: {self.sent}"
