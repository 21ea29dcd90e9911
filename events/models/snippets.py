"""Venues and guests: entered once by a quartier's animateurs, reused across its events."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from core.models.ownership import QuartierOwnedQuerySet
from core.models.places import Coordinates
from core.models.sections import QUARTIER_PAGE

from ..choices import GuestKind, VenueKind


def unique_slug(instance, text, max_length=100):
    """A slug for `text`, unique among the records of the instance's quartier."""
    base = slugify(text)[: max_length - 4] or "lieu"
    others = type(instance).objects.filter(quartier_id=instance.quartier_id).exclude(pk=instance.pk)
    slug, number = base, 1
    while others.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


class Venue(index.Indexed, Coordinates):
    """A place where events happen: a parish hall, the square, a snack bar, the EPN…"""

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        on_delete=models.CASCADE,
        related_name="venues",
    )
    name = models.CharField(
        _("nom du lieu"),
        max_length=150,
        help_text=_(
            "Le nom que tout le monde connaît, par exemple « Salle paroissiale Saint-Roch »."
        ),
    )
    slug = models.SlugField(
        _("adresse web"),
        max_length=100,
        blank=True,
        help_text=_("Rempli tout seul à partir du nom si vous le laissez vide."),
    )
    kind = models.CharField(
        _("type de lieu"), max_length=30, choices=VenueKind.choices, default=VenueKind.OTHER
    )
    street = models.CharField(_("adresse"), max_length=255, blank=True)
    postcode = models.CharField(_("code postal"), max_length=10, blank=True)
    city = models.CharField(_("ville"), max_length=100, blank=True)
    directions = models.CharField(
        _("comment venir"),
        max_length=300,
        blank=True,
        help_text=_("Une phrase : l'arrêt de bus ou de tram, l'entrée, l'étage."),
    )
    wheelchair = models.BooleanField(
        _("accessible en fauteuil roulant"),
        default=False,
        help_text=_("Entrée de plain-pied ou rampe, et toilettes accessibles."),
    )
    hearing_loop = models.BooleanField(
        _("boucle magnétique pour les personnes malentendantes"), default=False
    )
    accessibility_notes = models.CharField(
        _("accessibilité : précisions"),
        max_length=300,
        blank=True,
        help_text=_("Par exemple : « Trois marches à l'entrée, on vous aide à les monter. »"),
    )
    description = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux ou trois phrases sur ce lieu."),
    )

    objects = QuartierOwnedQuerySet.as_manager()

    panels = [
        FieldPanel("quartier"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("directions"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Où c'est"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair"),
                FieldPanel("hearing_loop"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Accessibilité du lieu"),
        ),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("street"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("quartier_id"),
    ]

    class Meta:
        verbose_name = _("lieu")
        verbose_name_plural = _("lieux")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["quartier", "slug"],
                name="events_venue_unique_slug_per_quartier",
                violation_error_message=_("Un autre lieu du quartier a déjà cette adresse web."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    @property
    def address_line(self):
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (self.street, town) if part)


class Guest(index.Indexed, models.Model):
    """Someone invited to show a digital use: an artist, a collective, a web TV…"""

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        on_delete=models.CASCADE,
        related_name="guests",
    )
    name = models.CharField(
        _("nom ou nom du collectif"),
        max_length=150,
        help_text=_("Le nom affiché, par exemple « Collectif Pixel Mouette » ou « Inès R. »."),
    )
    kind = models.CharField(
        _("qui est-ce ?"), max_length=30, choices=GuestKind.choices, default=GuestKind.OTHER
    )
    bio = models.TextField(
        _("présentation courte"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases : ce que cette personne ou ce groupe fait."),
    )
    website = models.URLField(_("lien"), blank=True, help_text=_("Un site web, facultatif."))

    objects = QuartierOwnedQuerySet.as_manager()

    panels = [
        FieldPanel("quartier"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("bio"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.FilterField("quartier_id"),
    ]

    class Meta:
        verbose_name = _("invité ou invitée")
        verbose_name_plural = _("invités et invitées")
        ordering = ["name"]

    def __str__(self):
        return self.name
