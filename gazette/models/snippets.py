"""The gazette's rubriques, shared by all quartiers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Rubrique(models.Model):
    """A section of the gazette (vie du quartier, portraits…), shared by all quartiers."""

    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(
        _("adresse"),
        max_length=100,
        unique=True,
        help_text=_("Le mot utilisé dans l'adresse web, sans espace ni accent."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("rubrique")
        verbose_name_plural = _("rubriques")
        ordering = ["name"]

    def __str__(self):
        return self.name
