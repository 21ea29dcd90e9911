"""Where something is on a map: the coordinates that venues, memory places and actors share."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Coordinates(models.Model):
    """An optional point on the map, and a plain link to it on OpenStreetMap's site."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Facultatif. Par exemple 47.2167 (un point, pas de virgule)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Facultatif. Par exemple 5.9667."),
    )

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def map_url(self):
        """The point on OpenStreetMap's site (a plain link: nothing is loaded from there)."""
        if not self.has_coordinates:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=18/{self.latitude}/{self.longitude}"
        )
