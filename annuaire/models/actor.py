"""An actor of the quartier: who they are, what they do for residents, where and when.

A resident's "this has changed" (the participation app) is meant to point at an actor:
a correction request with a foreign key to `ActorPage` and one of `CORRECTABLE_FIELDS`,
which the quartier's animateurs accept (editing the page) or dismiss.
"""

import datetime
import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PageManager
from wagtail.search import index

from core.forms import PortalPageForm
from core.models import BasePage, PortalPageQuerySet, quartier_model
from core.models.places import Coordinates
from core.opening_hours import OpeningHoursField, Schedule

from ..vocabulary import (
    KIND_VALUES,
    Cost,
    DigitalService,
    Kind,
    Need,
    Public,
    Wheelchair,
    schema_org_type,
)
from .fields import ChoicesListField

#: An actor not checked for this long is listed for the animateurs to check ("six months").
STALE_AFTER = datetime.timedelta(days=183)
ACCESLIBRE_HOSTS = ("acceslibre.beta.gouv.fr", "acceslibre.gouv.fr")
#: What a resident may report as changed (see the module's docstring).
CORRECTABLE_FIELDS = (
    "opening_hours",
    "phone",
    "email",
    "website",
    "street",
    "services",
    "transport",
)

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 .\-]{5,19}$",
    _("Écrivez le numéro avec des chiffres, par exemple 01 99 25 00 00."),
)


def stale_before(today=None):
    return (today or timezone.localdate()) - STALE_AFTER


class ActorQuerySet(PortalPageQuerySet):
    def by_name(self):
        return self.order_by("title", "pk")

    def stale(self, today=None):
        """Actors whose information was last checked more than six months ago."""
        return self.filter(last_checked__lt=stale_before(today))


ActorManager = PageManager.from_queryset(ActorQuerySet)


def validate_acceslibre(value):
    host = (urlsplit(value).hostname or "").lower()
    if host not in ACCESLIBRE_HOSTS:
        raise ValidationError(
            _("Donnez l'adresse d'une fiche acceslibre (https://acceslibre.beta.gouv.fr/…).")
        )


def validate_not_future(value):
    if value and value > timezone.localdate():
        raise ValidationError(_("Cette date est dans le futur."))


class ActorPage(Coordinates, BasePage):
    """A local actor: mairie annexe, CAF, centre social, mission locale, association…"""

    search_kind = "acteur"

    kind = models.CharField(_("type de lieu"), max_length=30, choices=Kind.choices)
    needs = ChoicesListField(
        _("pour quels besoins"),
        item_choices=Need.choices,
        help_text=_("Le lieu apparaît sous chacun de ces besoins dans l'annuaire."),
    )
    services = models.TextField(
        _("ce qu'on y fait pour vous"),
        help_text=_(
            "Une chose par ligne, en phrases courtes. Par exemple : « On vous aide à "
            "écrire votre CV. »"
        ),
    )
    audience = models.CharField(
        _("pour qui"),
        max_length=255,
        blank=True,
        help_text=_("Une phrase. Par exemple : « Les jeunes de 16 à 25 ans. »"),
    )
    publics = ChoicesListField(_("publics"), item_choices=Public.choices)

    street = models.CharField(_("adresse"), max_length=255, blank=True)
    address_extra = models.CharField(
        _("complément d'adresse"),
        max_length=255,
        blank=True,
        help_text=_("Un bâtiment, un étage, une entrée."),
    )
    postcode = models.CharField(
        _("code postal"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("Un code postal a cinq chiffres."))],
    )
    city = models.CharField(_("ville"), max_length=100, blank=True)
    transport = models.TextField(
        _("comment venir"),
        blank=True,
        help_text=_("Les bus, tram ou métro et leur arrêt. Une ligne par moyen."),
    )

    opening_hours = OpeningHoursField(_("horaires d'ouverture"))
    hours_note = models.CharField(
        _("à savoir sur les horaires"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple : « Le jeudi après-midi, sur rendez-vous seulement. »"),
    )

    phone = models.CharField(
        _("téléphone"), max_length=30, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("adresse e-mail"), blank=True)
    website = models.URLField(_("site web"), blank=True)
    appointment_url = models.URLField(
        _("prendre rendez-vous en ligne"),
        blank=True,
        help_text=_("L'adresse de la page où l'on prend rendez-vous."),
    )

    wheelchair = models.CharField(
        _("accessible en fauteuil roulant"),
        max_length=10,
        choices=Wheelchair.choices,
        blank=True,
        help_text=_("Laissez vide si vous ne savez pas."),
    )
    hearing_loop = models.BooleanField(
        _("boucle magnétique pour les personnes malentendantes"), default=False
    )
    sign_language = models.BooleanField(_("accueil en langue des signes"), default=False)
    accessibility_notes = models.CharField(_("à savoir sur l'accès"), max_length=255, blank=True)
    acceslibre_url = models.URLField(
        _("fiche acceslibre"),
        blank=True,
        validators=[validate_acceslibre],
        help_text=_("La fiche du lieu sur acceslibre.beta.gouv.fr, si elle existe."),
    )
    languages = models.CharField(
        _("langues parlées"),
        max_length=255,
        blank=True,
        help_text=_("Séparées par des virgules. Par exemple : français, arabe, anglais."),
    )
    cost = models.CharField(_("prix"), max_length=30, choices=Cost.choices, blank=True)
    cost_details = models.CharField(_("précisions sur le prix"), max_length=255, blank=True)

    digital_services = ChoicesListField(
        _("aide au numérique"),
        item_choices=DigitalService.choices,
        help_text=_(
            "Pour les lieux qui aident avec l'ordinateur. Ces lieux sont publiés dans les "
            "données nationales des lieux de médiation numérique."
        ),
    )
    siret = models.CharField(
        _("numéro SIRET ou RNA"),
        max_length=14,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9]{9,14}$", _("Un SIRET a 14 chiffres ; un RNA commence par W.")
            )
        ],
    )
    last_checked = models.DateField(
        _("vérifié le"),
        default=timezone.localdate,
        validators=[validate_not_future],
        help_text=_("La dernière fois que quelqu'un a vérifié ces informations."),
    )
    external_id = models.CharField(
        _("identifiant dans les données importées"),
        max_length=100,
        blank=True,
        db_index=True,
        editable=False,
    )

    objects = ActorManager()

    parent_page_types = ["annuaire.AnnuairePage"]
    subpage_types: list[str] = []
    base_form_class = PortalPageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("needs"),
                FieldPanel("services"),
                FieldPanel("audience"),
                FieldPanel("publics"),
            ],
            heading=_("Qui c'est, pour quoi faire"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("address_extra"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("transport"),
            ],
            heading=_("Où"),
        ),
        MultiFieldPanel(
            [FieldPanel("opening_hours"), FieldPanel("hours_note")], heading=_("Quand")
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("appointment_url"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair"),
                FieldPanel("hearing_loop"),
                FieldPanel("sign_language"),
                FieldPanel("accessibility_notes"),
                FieldPanel("acceslibre_url"),
                FieldPanel("languages"),
                FieldPanel("cost"),
                FieldPanel("cost_details"),
            ],
            heading=_("Accueil"),
        ),
        MultiFieldPanel(
            [FieldPanel("digital_services"), FieldPanel("siret")],
            heading=_("Aide au numérique et données ouvertes"),
        ),
        FieldPanel("last_checked"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("kind_label"),
        index.SearchField("needs_text"),
        index.SearchField("services"),
        index.SearchField("audience"),
        index.SearchField("street"),
        index.SearchField("city"),
        index.SearchField("postcode"),
        index.SearchField("languages"),
        index.FilterField("kind"),
        index.FilterField("last_checked"),
    ]

    class Meta:
        verbose_name = _("lieu de l'annuaire")
        verbose_name_plural = _("lieux de l'annuaire")

    #: Set by the directory for all its actors at once (the quartier's departement).
    subdiv = None

    @property
    def kind_label(self):
        return str(Kind(self.kind).label) if self.kind in KIND_VALUES else ""

    @property
    def need_labels(self):
        return self._meta.get_field("needs").labels(self.needs)

    @property
    def needs_text(self):
        return " ".join(self.need_labels)

    @property
    def public_labels(self):
        return self._meta.get_field("publics").labels(self.publics)

    @property
    def digital_service_labels(self):
        return self._meta.get_field("digital_services").labels(self.digital_services)

    @property
    def services_list(self):
        return [line.strip() for line in self.services.splitlines() if line.strip()]

    @property
    def transport_list(self):
        return [line.strip() for line in self.transport.splitlines() if line.strip()]

    @property
    def language_list(self):
        return [part.strip() for part in self.languages.split(",") if part.strip()]

    @property
    def summary(self):
        return self.listing_summary or (self.services_list[0] if self.services_list else "")

    @property
    def phone_href(self):
        digits = re.sub(r"[^\d+]", "", self.phone)
        return f"tel:{digits}" if digits else ""

    @property
    def phone_e164(self):
        """+33199250000 from 01 99 25 00 00 (French numbers); "" when it cannot be said."""
        digits = re.sub(r"[^\d+]", "", self.phone)
        if digits.startswith("+"):
            return digits
        if len(digits) == 10 and digits.startswith("0"):
            return "+33" + digits[1:]
        return ""

    @cached_property
    def schedule(self):
        return Schedule(self.opening_hours, subdiv=self.subdiv)

    @cached_property
    def status(self):
        return self.schedule.status()

    def is_stale(self, today=None):
        return bool(self.last_checked) and self.last_checked < stale_before(today)

    @property
    def schema_type(self):
        return schema_org_type(self.kind)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _gettext("Donnez la latitude et la longitude, ou aucune des deux.")}
            )

    def get_context(self, request, *args, **kwargs):
        from ..structured_data import actor_structured_data
        from .directory import AnnuairePage

        context = super().get_context(request, *args, **kwargs)
        quartier = quartier_model().objects.ancestor_of(self).first()
        if quartier is not None:
            self.subdiv = quartier.departement_code
            # The page frame's tags read it from here instead of asking again.
            context["current_quartier"] = quartier
        context.update(
            annuaire=AnnuairePage.objects.ancestor_of(self).first(),
            structured_data=actor_structured_data(self, request),
        )
        return context
