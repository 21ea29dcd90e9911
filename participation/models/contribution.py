"""A resident's contribution: its draft page (or correction), its photos, its outcome."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models.ownership import QuartierOwnedQuerySet
from core.models.sections import QUARTIER_PAGE
from images.models import Licence, PeopleConsent

from ..storage import pending_photo_name, private_storage

# One sentence (the published images' description; Wagtail allows 255 with the numbering).
PHOTOS_SHOW_MAX = 200


def new_token():
    return secrets.token_urlsafe(24)


class ContributionQuerySet(QuartierOwnedQuerySet):
    def pending(self):
        return self.filter(status=Contribution.Status.PENDING)

    def overdue(self, now=None):
        """Pending for longer than the portal lets a resident wait (90 days)."""
        now = now or timezone.now()
        limit = now - timezone.timedelta(days=settings.PARTICIPATION_PENDING_DAYS)
        return self.pending().filter(created_at__lt=limit)

    def with_listing_data(self):
        return self.select_related("quartier", "contributor", "page").prefetch_related("photos")


class Contribution(models.Model):
    class Status(models.TextChoices):
        PENDING = "en-attente", _("En attente de relecture")
        PUBLISHED = "publiee", _("Publiée")
        REJECTED = "pas-retenue", _("Pas retenue")

    quartier = models.ForeignKey(
        QUARTIER_PAGE,
        verbose_name=_("quartier"),
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    kind = models.CharField(_("sorte de contribution"), max_length=30)
    title = models.CharField(_("titre"), max_length=255)
    status = models.CharField(
        _("état"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    contributor = models.ForeignKey(
        "core.Contributor",
        verbose_name=_("contributeur ou contributrice"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page en relecture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(
        _("adresse e-mail (privée)"),
        blank=True,
        help_text=_("Seulement pour prévenir la personne. Effacée une fois prévenue."),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    licence = models.CharField(
        _("licence des photos"),
        max_length=20,
        choices=Licence.choices,
        default=Licence.ALL_RIGHTS_RESERVED,
    )
    photos_show = models.CharField(
        _("ce que montrent les photos"),
        max_length=PHOTOS_SHOW_MAX,
        blank=True,
        help_text=_("La phrase de l'habitant : le texte lu aux personnes qui ne voient pas."),
    )
    people = models.CharField(
        _("personnes sur les photos"),
        max_length=20,
        choices=PeopleConsent.choices,
        default=PeopleConsent.NOBODY,
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saisie par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("L'animateur qui a saisi la contribution pour un habitant, en atelier."),
    )
    oral_consent = models.BooleanField(
        _("accord donné à l'oral"),
        default=False,
        help_text=_("L'habitant a dit oui pour publier, devant l'animateur."),
    )
    reason = models.TextField(_("raison donnée"), blank=True)
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def kind_label(self):
        from ..kinds import kind_by_slug

        kind = kind_by_slug(self.kind)
        return kind.label if kind else self.kind

    @property
    def status_label(self):
        """What the resident reads: "Publiée", "Prise en compte"… for a yes."""
        from ..kinds import kind_by_slug

        kind = kind_by_slug(self.kind)
        if self.status == self.Status.PUBLISHED and kind and kind.done_label:
            return kind.done_label
        return self.get_status_display()

    @property
    def age_days(self):
        return (timezone.now() - self.created_at).days

    def kept_photos(self):
        return [photo for photo in self.photos.all() if photo.file]


class ContributionPhoto(models.Model):
    """A photo waiting for moderation, cleaned of its metadata, in private storage."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="photos")
    file = models.ImageField(
        storage=private_storage,
        upload_to=pending_photo_name,
        width_field="width",
        height_field="height",
        blank=True,
    )
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    image = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("photo publiée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("photo d'une contribution")
        verbose_name_plural = _("photos des contributions")

    def __str__(self):
        return f"{self.contribution} · {self.position + 1}"

    def discard(self):
        """Delete the private file (on rejection, or once it became a public image)."""
        if self.file:
            self.file.delete(save=False)
            self.file = None
            self.save(update_fields=["file", "width", "height"])
