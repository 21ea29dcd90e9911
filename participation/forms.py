"""The residents' forms: plain questions, French messages next to each field.

Every form asks for a public name, an optional private e-mail and the charter; it carries
a honeypot field and a signed start time, so that bots are dropped without a word.
"""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from images.models import Licence, PeopleConsent

from .models.contribution import PHOTOS_SHOW_MAX
from .photos import clean_photo

HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!]")
SIGNING_SALT = "participation.form-started"
HONEYPOT = "site_web"
# Asked right after the photos (see `PhotoRightsMixin`).
PHOTO_QUESTIONS = ("photos_show", "licence", "people")


def no_html(value):
    if isinstance(value, str) and HTML_TAG.search(value):
        raise ValidationError(
            _(
                "Écrivez sans code HTML (pas de signes < et > autour des mots) : du texte simple suffit."
            )
        )


def started_token(at=None):
    """The signed moment the form was shown (to tell people from robots)."""
    return signing.dumps(int(at if at is not None else time.time()), salt=SIGNING_SALT)


def seconds_since(token):
    try:
        started = signing.loads(token, salt=SIGNING_SALT)
    except signing.BadSignature:
        return None
    return time.time() - int(started)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Several photos from one file input (no JavaScript needed)."""

    widget = MultipleFileInput(
        attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,image/heif"}
    )

    def __init__(self, *args, max_photos=None, **kwargs):
        self.max_photos = max_photos or settings.PARTICIPATION_MAX_PHOTOS
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = [item for item in (data or []) if item] if isinstance(data, list) else []
        if data and not isinstance(data, list):
            uploads = [data]
        if not uploads and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        if len(uploads) > self.max_photos:
            raise ValidationError(
                _("Vous avez choisi %(count)s photos : %(max)s au plus.")
                % {"count": len(uploads), "max": self.max_photos}
            )
        errors, photos = [], []
        for upload in uploads:
            try:
                photos.append(clean_photo(upload))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return photos


class TextField(forms.CharField):
    """Plain text: no HTML; its value is stripped."""

    default_validators = [no_html]


class ContributionForm(forms.Form):
    """What every contribution asks. Kinds add their own questions before these."""

    public_name = TextField(
        label=gettext_lazy("Votre nom sur le site"),
        max_length=60,
        help_text=gettext_lazy(
            "Un prénom, un surnom ou « une habitante » : c'est vous qui choisissez."
        ),
    )
    email = forms.EmailField(
        label=gettext_lazy("Votre e-mail (si vous voulez)"),
        required=False,
        help_text=gettext_lazy("Pour vous dire quand c'est publié. Personne d'autre ne le verra."),
        error_messages={
            "invalid": gettext_lazy(
                "Cette adresse e-mail n'est pas complète. Exemple : fatou@exemple.fr"
            )
        },
    )
    charter = forms.BooleanField(
        label=gettext_lazy("J'ai lu la charte et je suis d'accord."),
        error_messages={
            "required": gettext_lazy(
                "Cochez la case pour dire que vous êtes d'accord avec la charte."
            )
        },
    )
    site_web = forms.CharField(
        required=False,
        label=gettext_lazy("Ne remplissez pas ce champ"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput)

    field_order_tail = ("public_name", "email", "charter", HONEYPOT, "started")
    has_photos = False

    def __init__(self, *args, quartier=None, on_behalf=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.quartier = quartier
        self.fields["started"].initial = started_token()
        if on_behalf:
            self.add_on_behalf_fields()
        self.order_fields(self.field_order_for_reading())

    def field_order_for_reading(self):
        """The kind's questions, the questions about the photos right after the photos, then
        what every form asks."""
        tail = [name for name in self.field_order_tail if name in self.fields]
        about_photos = [name for name in PHOTO_QUESTIONS if name in self.fields]
        head = [name for name in self.fields if name not in tail and name not in about_photos]
        at = head.index("photos") + 1 if "photos" in head else len(head)
        return head[:at] + about_photos + head[at:] + tail

    def add_on_behalf_fields(self):
        from core.models import Contributor

        self.fields["for_resident"] = forms.BooleanField(
            label=_("Je saisis cette contribution pour un habitant rencontré en atelier."),
            required=False,
        )
        self.fields["oral_consent"] = forms.BooleanField(
            label=_("L'habitant m'a dit oui, à l'oral, pour publier."), required=False
        )
        self.fields["known_contributor"] = forms.ModelChoiceField(
            label=_("Habitant déjà connu (facultatif)"),
            queryset=Contributor.objects.filter(quartier=self.quartier).order_by("name"),
            required=False,
            empty_label=_("Non, une nouvelle personne"),
        )

    def is_bot(self):
        """Filled the honeypot, or sent the form faster than a person can."""
        if self.data.get(HONEYPOT):
            return True
        elapsed = seconds_since(self.data.get("started", ""))
        return elapsed is None or elapsed < settings.PARTICIPATION_MIN_FILL_SECONDS

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("for_resident") and not cleaned_data.get("oral_consent"):
            self.add_error(
                "oral_consent",
                _("Sans l'accord de l'habitant, on ne peut pas envoyer sa contribution."),
            )
        return cleaned_data

    def photos_lost(self):
        """Files never survive an error: the person is told to choose them again."""
        return self.has_photos and self.is_bound and bool(self.files) and bool(self.errors)


class PhotoRightsMixin(forms.Form):
    """Who owns the photos and whether the people on them agree (the cautious answers
    when nothing is ticked)."""

    photos_show = TextField(
        label=gettext_lazy("Que voit-on sur vos photos ?"),
        max_length=PHOTOS_SHOW_MAX,
        required=False,
        help_text=gettext_lazy(
            "Une phrase. Exemple : « Des enfants plantent des tomates au jardin. » "
            "Elle est lue aux personnes qui ne voient pas les photos."
        ),
    )

    def clean_licence(self):
        return self.cleaned_data.get("licence") or Licence.ALL_RIGHTS_RESERVED

    def clean_people(self):
        return self.cleaned_data.get("people") or PeopleConsent.NOBODY

    licence = forms.ChoiceField(
        label=gettext_lazy("Qui peut réutiliser vos photos ?"),
        choices=[
            (
                Licence.ALL_RIGHTS_RESERVED,
                gettext_lazy("Personne sans me demander (tous droits réservés)"),
            ),
            (
                Licence.CC_BY_SA,
                gettext_lazy("Tout le monde, en me citant et en partageant pareil (CC BY-SA)"),
            ),
            (Licence.CC_BY_NC, gettext_lazy("Tout le monde, en me citant, sans vendre (CC BY-NC)")),
        ],
        initial=Licence.ALL_RIGHTS_RESERVED,
        required=False,
        widget=forms.RadioSelect,
    )
    people = forms.ChoiceField(
        label=gettext_lazy("Voit-on des personnes sur vos photos ?"),
        choices=[
            (PeopleConsent.NOBODY, gettext_lazy("Non, on ne reconnaît personne")),
            (
                PeopleConsent.CONSENTED,
                gettext_lazy("Oui, et elles sont d'accord pour être publiées"),
            ),
        ],
        initial=PeopleConsent.NOBODY,
        required=False,
        widget=forms.RadioSelect,
        help_text=gettext_lazy("Si quelqu'un n'est pas d'accord, ne mettez pas la photo."),
    )
