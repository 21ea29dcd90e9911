"""The residents and people who write, photograph and tell: one quartier each."""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .ownership import QuartierOwnedQuerySet
from .sections import QUARTIER_PAGE


class Contributor(index.Indexed, models.Model):
    """A public name (a pseudonym or a person's name), with or without an account.

    Contributors belong to one quartier: the same name in two quartiers is two people.
    """

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        null=True,
        on_delete=models.CASCADE,
        related_name="contributors",
    )
    name = models.CharField(
        _("nom public"),
        max_length=150,
        help_text=_("Le nom ou le pseudonyme affiché, par exemple « Fatou D. »."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributors",
        help_text=_("Seulement si cette personne a un compte sur le site."),
    )
    email_digest = models.CharField(
        _("empreinte de l'adresse e-mail"),
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_(
            "Pour reconnaître la même personne sans garder son adresse : "
            "l'adresse elle-même n'est jamais enregistrée ici."
        ),
    )
    bio = models.TextField(
        _("présentation"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases, si la personne le souhaite."),
    )

    objects = QuartierOwnedQuerySet.as_manager()

    panels = [
        FieldPanel("quartier"),
        FieldPanel("name"),
        FieldPanel("bio"),
        # Tying a public name to an account is for administrators only.
        FieldPanel("user", permission="users.change_user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("quartier_id"),
    ]

    class Meta:
        verbose_name = _("contributeur ou contributrice")
        verbose_name_plural = _("contributeurs et contributrices")
        ordering = ["name"]

    def __str__(self):
        return self.name


def email_digest(email):
    """A keyed digest of an e-mail address: the same address gives the same digest, and the
    address cannot be read back from it."""
    normalised = (email or "").strip().lower()
    if not normalised:
        return ""
    return hmac.new(settings.SECRET_KEY.encode(), normalised.encode(), hashlib.sha256).hexdigest()
