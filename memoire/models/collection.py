"""A collection: a memory project with its partners, its items in order, maybe its film."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage
from core.routing import ancestor_of_type

from ..blocks import RecordingsBlock
from ..forms import MemoireCollectionPageForm
from .period import PeriodFields

TIME_CODE_RE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")
MAX_START_SECONDS = 24 * 60 * 60


def time_code_seconds(value):
    """ "1:02:05" → 3725, "12:30" → 750; None when it is not a time code."""
    match = TIME_CODE_RE.match((value or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def validate_time_code(value):
    if time_code_seconds(value) is None:
        raise ValidationError(
            _(
                "« %(value)s » : écrivez le moment du film en minutes et secondes, par exemple 12:30 ou 1:02:05."
            )
            % {"value": value}
        )


class MemoireCollectionPage(PeriodFields, BasePage):
    """A project ("Raconte-moi Planoise"…): introduction, partners, items, a film."""

    search_kind = "souvenir"

    intro = RichTextField(
        _("présentation"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("Qui a fait ce projet, quand, pourquoi. Des phrases courtes."),
    )
    film = StreamField(
        RecordingsBlock(max_num=1),
        verbose_name=_("film ou enregistrement du projet"),
        blank=True,
        help_text=_("Facultatif : le film du projet, avec sa transcription, et ses chapitres."),
    )

    parent_page_types = ["memoire.MemoireIndexPage"]
    subpage_types: list[str] = []
    base_form_class = MemoireCollectionPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date_text"),
        FieldPanel("intro"),
        InlinePanel("partners", label=_("partenaire"), heading=_("Les partenaires")),
        InlinePanel(
            "collection_items",
            label=_("souvenir"),
            heading=_("Les souvenirs de la collection, dans l'ordre"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("film"),
                InlinePanel("chapters", label=_("chapitre"), heading=_("Les chapitres du film")),
            ],
            heading=_("Le film du projet"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("period_label"),
        index.SearchField("film"),
        index.RelatedFields("partners", [index.SearchField("name")]),
        index.RelatedFields("chapters", [index.SearchField("title")]),
    ]

    class Meta:
        verbose_name = _("collection de souvenirs")
        verbose_name_plural = _("collections de souvenirs")

    def clean(self):
        super().clean()
        self.read_period()

    def save(self, *args, **kwargs):
        if self.live and kwargs.get("update_fields") is None:
            problems = self.publication_problems()
            if problems:
                raise ValidationError(problems)
        super().save(*args, **kwargs)

    def publication_problems(self):
        return [
            _("Le film « %(title)s » a besoin de sa transcription avant de publier.")
            % {"title": block.value.get("title")}
            for block in self.film
            if not (block.value.get("transcript") or "").strip()
        ]

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def archive(self, request=None):
        """The quartier's memory archive this collection belongs to (its parent page)."""
        from .index import MemoireIndexPage

        return ancestor_of_type(request, self, MemoireIndexPage)

    def items(self):
        """The collection's published items, in its order; drafts are left out."""
        from .item import MemoireItemPage

        return list(
            MemoireItemPage.objects.published()
            .filter(collection_entries__collection=self)
            .with_card_data()
            .order_by("collection_entries__sort_order", "pk")
        )

    def film_value(self):
        return self.film[0].value if len(self.film) else None

    def chapter_list(self):
        chapters = list(self.chapters.order_by("sort_order"))
        for chapter in chapters:
            chapter.seconds = time_code_seconds(chapter.time_code) or 0
        return chapters

    @staticmethod
    def start_seconds(request):
        """Where the film starts: `?t=750` (a chapter link without JavaScript); junk is 0."""
        value = request.GET.get("t", "") if request else ""
        return int(value) if value.isdigit() and int(value) <= MAX_START_SECONDS else 0

    def get_context(self, request, *args, **kwargs):
        from ..dublin_core import collection_terms, meta_elements
        from ..queries import attach_card_images

        context = super().get_context(request, *args, **kwargs)
        archive = self.archive(request)
        items = attach_card_images(self.items())
        chapters = self.chapter_list()
        start = self.start_seconds(request)
        context.update(
            archive=archive,
            items=items,
            partners=list(self.partners.all()),
            film=self.film_value(),
            chapters=chapters,
            film_start=start,
            current_chapter=next(
                (chapter for chapter in chapters if start and chapter.seconds == start), None
            ),
            dublin_core=meta_elements(
                collection_terms(self, request, archive=archive, items=items)
            ),
        )
        return context


class CollectionPartner(Orderable):
    collection = ParentalKey(
        MemoireCollectionPage, on_delete=models.CASCADE, related_name="partners"
    )
    name = models.CharField(_("nom"), max_length=255)
    role = models.CharField(
        _("ce qu'il a apporté"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple « a prêté ses archives » ou « a filmé les entretiens »."),
    )

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partenaire")
        verbose_name_plural = _("partenaires")

    def __str__(self):
        return self.name


class CollectionItem(Orderable):
    """An item's place in a collection; the same item may be in several collections."""

    collection = ParentalKey(
        MemoireCollectionPage, on_delete=models.CASCADE, related_name="collection_items"
    )
    item = models.ForeignKey(
        "memoire.MemoireItemPage",
        verbose_name=_("souvenir"),
        on_delete=models.CASCADE,
        related_name="collection_entries",
    )

    panels = [PageChooserPanel("item", page_type="memoire.MemoireItemPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("souvenir de la collection")
        verbose_name_plural = _("souvenirs de la collection")
        constraints = [
            models.UniqueConstraint(
                fields=["collection", "item"], name="memoire_collection_item_once"
            )
        ]

    def __str__(self):
        return str(self.item)


class FilmChapter(Orderable):
    """A chapter of the collection's film: its start, which the page's links jump to."""

    collection = ParentalKey(
        MemoireCollectionPage, on_delete=models.CASCADE, related_name="chapters"
    )
    time_code = models.CharField(
        _("début"),
        max_length=8,
        validators=[validate_time_code],
        help_text=_("Minutes et secondes, par exemple 12:30 (ou 1:02:05)."),
    )
    title = models.CharField(_("titre du chapitre"), max_length=255)

    panels = [FieldPanel("time_code"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("chapitre")
        verbose_name_plural = _("chapitres")

    def __str__(self):
        return f"{self.time_code} {self.title}"
