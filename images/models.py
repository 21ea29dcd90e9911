"""The portal's image model: every photo carries its credit, licence and consent."""

import os
import re
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image, ImageQuerySet

from core.renditions import variants


class Licence(models.TextChoices):
    ALL_RIGHTS_RESERVED = "tous-droits", _("Tous droits réservés")
    CC_BY = "cc-by", _("Creative Commons Attribution (CC BY)")
    CC_BY_SA = "cc-by-sa", _("Creative Commons Attribution, partage à l'identique (CC BY-SA)")
    CC_BY_NC = "cc-by-nc", _("Creative Commons Attribution, pas d'usage commercial (CC BY-NC)")
    CC0 = "cc0", _("Domaine public (CC0)")


class PeopleConsent(models.TextChoices):
    NOBODY = "personne", _("Aucune personne reconnaissable")
    CONSENTED = "accord", _("Des personnes reconnaissables, qui ont donné leur accord")
    NOT_CONSENTED = "sans-accord", _("Des personnes reconnaissables, sans accord écrit")


# Wagtail's folder for originals, which the portal never serves to the public (portal/media.py).
ORIGINALS_FOLDER = "original_images"
SAFE_EXTENSION_RE = re.compile(r"^\.[a-z0-9]{1,5}$")


class PortalImageQuerySet(ImageQuerySet):
    def prefetch_renditions(self, *filters):
        """Each named size with its WebP variants (see `core.renditions`)."""
        return super().prefetch_renditions(*variants(*filters))


class PortalImage(AbstractImage):
    credit = models.CharField(
        _("auteur ou autrice"),
        max_length=255,
        blank=True,
        help_text=_("Qui a pris la photo. Ce nom est affiché sous la photo."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        default=Licence.ALL_RIGHTS_RESERVED,
    )
    date_taken = models.DateField(_("date de la prise de vue"), null=True, blank=True)
    people = models.CharField(
        _("personnes sur la photo"),
        max_length=20,
        choices=PeopleConsent.choices,
        default=PeopleConsent.NOBODY,
        help_text=_("Si on reconnaît quelqu'un, il faut son accord avant de publier la photo."),
    )

    objects = PortalImageQuerySet.as_manager()

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "licence",
        "date_taken",
        "people",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_upload_to(self, filename):
        """A random stored name that keeps only the uploaded file's extension.

        Neither the title nor the uploaded file's name (often a person's name) can be read
        or guessed from it; renditions' names start with it, so they cannot either.
        """
        extension = os.path.splitext(filename)[1].lower()
        if not SAFE_EXTENSION_RE.match(extension):
            extension = ""
        return f"{ORIGINALS_FOLDER}/{secrets.token_hex(16)}{extension}"

    @property
    def may_be_published(self):
        """A photo showing identifiable people is publishable only with their consent."""
        return self.people != PeopleConsent.NOT_CONSENTED

    @property
    def credit_line(self):
        parts = [self.credit] if self.credit else []
        if self.licence != Licence.ALL_RIGHTS_RESERVED:
            parts.append(self.get_licence_display())
        return " · ".join(parts)


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
