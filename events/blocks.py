"""The blocks of an event: who organises, the programme, the dates it skips."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .choices import ProgrammeKind
from .formatting import hours_label


class OrganiserBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("nom"), max_length=150)
    website = blocks.URLBlock(label=_("site web"), required=False)

    class Meta:
        icon = "group"
        template = "events/blocks/organiser.html"
        preview_value = {"name": "Centre social du quartier", "website": ""}
        description = _("Une structure : une association, un service, un commerce…")


class OrganisersBlock(blocks.StreamBlock):
    organiser = OrganiserBlock(label=_("Organise"))
    partner = OrganiserBlock(
        label=_("Partenaire"), description=_("Une structure qui aide à organiser.")
    )

    class Meta:
        icon = "group"
        template = "events/blocks/organisers.html"
        preview_value = [
            ("organiser", {"name": "Espace informatique", "website": ""}),
            ("partner", {"name": "Mission locale", "website": ""}),
        ]
        description = _("Qui organise, et avec quels partenaires.")


PROGRAMME_ITEM_PREVIEW = {
    "start": "2026-06-13T10:30:00+02:00",
    "end": "2026-06-13T11:15:00+02:00",
    "title": "Démonstration : une tablette pour toute la famille",
    "kind": "demo",
    "room": "Coin démo",
    "speakers": "Les jeunes du centre social",
}
SKIPPED_DATE_PREVIEW = {"date": "2026-12-23", "reason": "vacances de Noël"}


class ProgrammeItemValue(blocks.StructValue):
    @property
    def hours(self):
        return hours_label(self["start"], self.get("end"))

    @property
    def kind_label(self):
        return dict(ProgrammeKind.choices).get(self.get("kind"), "")


class ProgrammeItemBlock(blocks.StructBlock):
    """A moment of the programme: a talk, a demo, a stand, a theatre workshop…"""

    start = blocks.DateTimeBlock(label=_("début"))
    end = blocks.DateTimeBlock(label=_("fin"), required=False)
    title = blocks.CharBlock(label=_("titre"), max_length=255)
    kind = blocks.ChoiceBlock(
        label=_("type"), choices=ProgrammeKind.choices, default=ProgrammeKind.TALK
    )
    room = blocks.CharBlock(
        label=_("salle ou endroit"),
        required=False,
        max_length=150,
        help_text=_("Par exemple « grande salle » ou « stand 3 »."),
    )
    speakers = blocks.CharBlock(
        label=_("avec qui"),
        required=False,
        max_length=255,
        help_text=_("Les personnes ou les structures qui animent ce moment."),
    )
    description = blocks.CharBlock(label=_("en une phrase"), required=False, max_length=300)

    class Meta:
        icon = "time"
        label = _("Moment du programme")
        template = "events/blocks/programme_item.html"
        value_class = ProgrammeItemValue
        preview_value = PROGRAMME_ITEM_PREVIEW
        description = _("Une heure, un titre, un lieu : un moment du programme.")

    def clean(self, value):
        value = super().clean(value)
        if value.get("end") and value.get("start") and value["end"] <= value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(_("La fin est avant le début."))}
            )
        return value


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        icon = "list-ul"
        template = "events/blocks/programme.html"
        preview_value = [("item", PROGRAMME_ITEM_PREVIEW)]
        description = _("Le programme d'un festival ou d'une journée, heure par heure.")


class SkippedDateBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("date"))
    reason = blocks.CharBlock(
        label=_("pourquoi"),
        required=False,
        max_length=150,
        help_text=_("Par exemple « vacances de Noël »."),
    )

    class Meta:
        icon = "cross"
        label = _("Date sans l'événement")
        template = "events/blocks/skipped_date.html"
        preview_value = SKIPPED_DATE_PREVIEW
        description = _("Un jour où l'événement qui se répète n'a pas lieu.")


class SkippedDatesBlock(blocks.StreamBlock):
    date = SkippedDateBlock()

    class Meta:
        icon = "cross"
        template = "events/blocks/skipped_dates.html"
        preview_value = [("date", SKIPPED_DATE_PREVIEW)]
        description = _("Les jours où l'événement qui se répète n'a pas lieu.")
