"""A resident's report of a change in the directory: what they say, about which actor."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .contribution import Contribution


class CorrectionRequest(models.Model):
    contribution = models.OneToOneField(
        Contribution, on_delete=models.CASCADE, related_name="correction"
    )
    actor = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("acteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide : un nouvel acteur, qui n'est pas encore dans l'annuaire."),
    )
    actor_name = models.CharField(_("nom du nouvel acteur"), max_length=255, blank=True)
    topic = models.CharField(_("ce qui a changé"), max_length=40, blank=True)
    message = models.TextField(_("ce que la personne dit"))

    class Meta:
        verbose_name = _("changement signalé")
        verbose_name_plural = _("changements signalés")

    def __str__(self):
        return str(self.contribution)
