"""A quartier's places (streets, buildings, squares) and people of its memories.

Both belong to one quartier, like contributors: an animateur lists, chooses and edits only
their quartier's (`core.admin_scoping.QuartierScopedViewSet`), and a page refuses one of
another quartier (`core.forms.PortalPageForm`).
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from core.models.ownership import QuartierOwnedQuerySet
from core.models.places import Coordinates
from core.models.sections import QUARTIER_PAGE


class PlaceKind(models.TextChoices):
    STREET = "rue", _("Rue, avenue, chemin")
    BUILDING = "immeuble", _("Immeuble, tour, résidence")
    SQUARE = "place", _("Place, square, parc")
    FACILITY = "equipement", _("École, centre social, commerce, équipement")
    OTHER = "autre", _("Autre lieu")


class MemoirePlace(index.Indexed, Coordinates):
    """A place of the quartier that memories are about."""

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        on_delete=models.CASCADE,
        related_name="memoire_places",
    )
    name = models.CharField(
        _("nom du lieu"),
        max_length=150,
        help_text=_("Comme les habitants l'appellent, par exemple « la tour B » ou « le marché »."),
    )
    slug = models.SlugField(_("adresse"), max_length=150, editable=False)
    kind = models.CharField(
        _("type de lieu"), max_length=20, choices=PlaceKind.choices, default=PlaceKind.OTHER
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases : où c'est, ce que c'était, ce que c'est devenu."),
    )

    objects = QuartierOwnedQuerySet.as_manager()

    panels = [
        FieldPanel("quartier"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Sur une carte (facultatif)"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("quartier_id"),
    ]

    class Meta:
        verbose_name = _("lieu de mémoire")
        verbose_name_plural = _("lieux de mémoire")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["quartier", "slug"], name="memoire_place_unique_slug")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def unique_slug(self):
        base = slugify(self.name)[:140] or "lieu"
        taken = set(
            MemoirePlace.objects.filter(quartier_id=self.quartier_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug


class MemoirePerson(index.Indexed, models.Model):
    """Somebody who speaks in a recording or is shown in a photo, with their agreement."""

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        on_delete=models.CASCADE,
        related_name="memoire_people",
    )
    name = models.CharField(
        _("nom affiché"),
        max_length=150,
        help_text=_("Avec l'accord de la personne. Un prénom ou « Mme Rose » suffit."),
    )
    description = models.CharField(
        _("qui est-ce ?"),
        max_length=255,
        blank=True,
        help_text=_("Quelques mots, par exemple « arrivée dans le quartier en 1962 »."),
    )

    objects = QuartierOwnedQuerySet.as_manager()

    panels = [FieldPanel("quartier"), FieldPanel("name"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("quartier_id"),
    ]

    class Meta:
        verbose_name = _("personne d'un souvenir")
        verbose_name_plural = _("personnes des souvenirs")
        ordering = ["name"]

    def __str__(self):
        return self.name
