"""The synonyms of the field, so that common names and acronyms meet in search."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchSynonym(models.Model):
    """Words that mean the same thing here: « caf » and « caisse d'allocations familiales »."""

    terms = models.TextField(
        _("mots qui veulent dire la même chose"),
        help_text=_(
            "Un mot ou une expression par ligne, par exemple « pôle emploi » puis "
            "« France Travail ». Chercher l'un trouve aussi les autres."
        ),
    )

    class Meta:
        verbose_name = _("synonymes de la recherche")
        verbose_name_plural = _("synonymes de la recherche")

    def __str__(self):
        return " ↔ ".join(self.term_list())

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": _("Écrivez au moins deux mots ou expressions, un par ligne.")}
            )
