"""Share a photo or a memory for the quartier's archive (la mémoire)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.blocks import photo_data
from images.models import PeopleConsent
from memoire.models import MemoireItemPage, MemoirePlace
from memoire.models.item import ItemKind
from memoire.periods import PeriodError, parse_period

from ..forms import ContributionForm, PhotoRightsMixin, PhotosField, TextField
from . import PageKind
from .text import paragraph_html, paragraphs

DESCRIPTION_MAX = 1000


class MemoryForm(PhotoRightsMixin, ContributionForm):
    has_photos = True

    title = TextField(
        label=gettext_lazy("Un titre pour votre souvenir"),
        max_length=120,
        help_text=gettext_lazy("Exemple : « Le marché de la place, avec ma grand-mère »."),
    )
    photos = PhotosField(
        label=gettext_lazy("Vos photos (6 au plus)"),
        help_text=gettext_lazy("Une photo de famille, un document, une carte postale…"),
    )
    text = TextField(
        label=gettext_lazy("Racontez"),
        max_length=10_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy("Ce dont vous vous souvenez. Une photo seule, c'est bien aussi."),
    )
    when = TextField(
        label=gettext_lazy("Quand ?"),
        max_length=100,
        help_text=gettext_lazy(
            "Comme vous le dites : « vers 1970 », « années 1980 », « été 1976 »…"
        ),
    )
    where = TextField(
        label=gettext_lazy("Où ?"),
        max_length=150,
        required=False,
        help_text=gettext_lazy("Une rue, un immeuble, une place."),
    )
    who = TextField(
        label=gettext_lazy("Qui est sur la photo ?"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("Seulement si ces personnes sont d'accord."),
    )

    def clean_when(self):
        text = self.cleaned_data["when"]
        try:
            parse_period(text)
        except PeriodError as error:
            raise ValidationError(str(error)) from error
        return text

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("photos") and not cleaned_data.get("text") and not self.files:
            self.add_error("text", _("Envoyez au moins une photo ou racontez votre souvenir."))
        if cleaned_data.get("who") and cleaned_data.get("people") != PeopleConsent.CONSENTED:
            self.add_error(
                "people",
                _(
                    "Vous avez écrit qui est sur la photo : dites si ces personnes sont "
                    "d'accord pour être publiées."
                ),
            )
        return cleaned_data


class MemoryKind(PageKind):
    slug = "souvenir"
    label = gettext_lazy("Partager une photo ou un souvenir")
    description = gettext_lazy(
        "Une photo ancienne, une histoire du quartier : elle rejoint la mémoire du quartier."
    )
    section_type = "memoire.MemoireIndexPage"
    form_class = MemoryForm
    done_label = gettext_lazy("Publié dans la mémoire du quartier")

    def build_page(self, section, data, contributor):
        story = paragraphs(data.get("text") or "")
        details = [
            *([_("Où : %(place)s") % {"place": data["where"]}] if data.get("where") else []),
            *([_("Sur la photo : %(who)s") % {"who": data["who"]}] if data.get("who") else []),
        ]
        description = " ".join([story[0] if story else data["title"], *details])
        quartier = section.get_parent()
        place = MemoirePlace.objects.filter(
            quartier_id=quartier.pk, name__iexact=data.get("where", "")
        ).first()
        # A testimony until its photos join it, once approved (see attach_photos).
        return MemoireItemPage(
            title=data["title"],
            kind=ItemKind.TESTIMONY,
            description=description[:DESCRIPTION_MAX],
            date_text=data["when"],
            place=place,
            text="".join(paragraph_html(part) for part in story or [description]),
            contributor=contributor,
            licence=data.get("licence") or MemoireItemPage._meta.get_field("licence").default,
            source=_("Confié par un habitant, sur le site du quartier"),
            live=False,
        )

    def attach_photos(self, page, images, data):
        raw = list(page.photos.raw_data)
        raw.extend(
            {"type": "photo", "value": photo_data(image.pk, alt_text=image.default_alt_text)}
            for image in images
        )
        page.photos = raw
        page.kind = ItemKind.PHOTO


KIND = MemoryKind()
