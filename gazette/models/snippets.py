"""The gazette's shared lists: rubriques and contributors."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


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


class Contributor(index.Indexed, models.Model):
    """An author: a resident's public pseudonym or a named person, with or without an account."""

    name = models.CharField(
        _("nom public"),
        max_length=150,
        help_text=_("Le nom ou le pseudonyme affiché sous les articles, par exemple « Fatou D. »."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="gazette_contributors",
        help_text=_("Seulement si cette personne a un compte sur le site."),
    )
    bio = models.TextField(
        _("présentation"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases, si la personne le souhaite."),
    )

    panels = [FieldPanel("name"), FieldPanel("bio"), FieldPanel("user")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("auteur ou autrice")
        verbose_name_plural = _("auteurs et autrices")
        ordering = ["name"]

    def __str__(self):
        return self.name
