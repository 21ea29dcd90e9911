"""A memory item: a photo, a written testimony, a recording, a video or an archive document."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from core.models import BasePage, PortalPageQuerySet
from core.queries import previous_and_next
from core.renditions import GALLERY, PHOTO
from core.restrictions import private_q
from core.routing import ancestor_of_type
from core.stream import prefetch_renditions

from ..blocks import PhotosBlock, RecordingsBlock
from ..forms import MemoireItemPageForm
from .period import PeriodFields, overlaps_decade

TEXT_FEATURES = ["bold", "italic", "link", "ul"]


class ItemKind(models.TextChoices):
    PHOTO = "photo", _("Photo")
    TESTIMONY = "temoignage", _("Témoignage écrit")
    AUDIO = "audio", _("Enregistrement audio")
    VIDEO = "video", _("Vidéo")
    ARCHIVE = "archive", _("Document d'archive")


class ItemLicence(models.TextChoices):
    CC_BY_SA = "cc-by-sa", _("CC BY-SA : chacun peut le réutiliser en citant l'auteur")
    CC_BY_NC = "cc-by-nc", _("CC BY-NC : réutilisable en citant l'auteur, sans le vendre")
    ALL_RIGHTS_RESERVED = "tous-droits", _("Tous droits réservés : demander avant de réutiliser")


LICENCE_URIS = {
    ItemLicence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    ItemLicence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
}


class PersonRole(models.TextChoices):
    SPEAKING = "parle", _("parle ou témoigne")
    SHOWN = "montre", _("est sur la photo ou la vidéo")


class MemoireItemQuerySet(PortalPageQuerySet):
    def timeline_order(self):
        """Oldest first, by the middle of each period; undated items last."""
        return self.order_by(F("date_sort").asc(nulls_last=True), "title", "pk")

    def in_decade(self, decade):
        """Items whose period overlaps the decade; `None`: items without a date."""
        if decade is None:
            return self.filter(date_start__isnull=True)
        return self.filter(overlaps_decade(decade))

    def at_place(self, place):
        return self.filter(place=place)

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def with_card_data(self):
        """What a card shows (its place), in the same query."""
        return self.select_related("place")

    def with_page_data(self):
        """Place, contributor, people and tags, in a fixed number of queries."""
        return self.select_related("place", "contributor").prefetch_related(
            Prefetch(
                "item_people",
                queryset=MemoireItemPerson.objects.select_related("person").order_by("sort_order"),
            ),
            Prefetch("tagged_items", queryset=MemoireItemTag.objects.select_related("tag")),
        )


MemoireItemManager = PageManager.from_queryset(MemoireItemQuerySet)


class MemoireItemTag(TaggedItemBase):
    content_object = ParentalKey(
        "memoire.MemoireItemPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("thème d'un souvenir")
        verbose_name_plural = _("thèmes des souvenirs")


class MemoireItemPage(PeriodFields, BasePage):
    """One memory of the quartier, described so that an archive service could keep it."""

    search_kind = "souvenir"

    kind = models.CharField(
        _("type de souvenir"), max_length=20, choices=ItemKind.choices, default=ItemKind.PHOTO
    )
    description = models.TextField(
        _("description"),
        max_length=1000,
        help_text=_("Ce que l'on voit ou ce que l'on entend, en deux ou trois phrases simples."),
    )
    place = models.ForeignKey(
        "memoire.MemoirePlace",
        verbose_name=_("lieu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
        help_text=_("La rue, l'immeuble ou la place. Ajoutez un lieu s'il manque."),
    )
    photos = StreamField(
        PhotosBlock(),
        verbose_name=_("photos"),
        blank=True,
        help_text=_("La plus importante en premier. Un document d'archive : sa photo ou son scan."),
    )
    recordings = StreamField(
        RecordingsBlock(),
        verbose_name=_("sons et vidéos"),
        blank=True,
        help_text=_("Chaque enregistrement a besoin de sa transcription avant de publier."),
    )
    text = RichTextField(
        _("texte du témoignage"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Un souvenir écrit, avec les mots de la personne. Des phrases courtes."),
    )
    contributor = models.ForeignKey(
        "core.Contributor",
        verbose_name=_("confié par"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memoire_items",
        help_text=_("La personne qui a apporté ce souvenir (un pseudonyme suffit)."),
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_(
            "D'où vient-il ? Par exemple « album de famille », « archives municipales », "
            "« entretien réalisé par la Cyber-base »."
        ),
    )
    licence = models.CharField(
        _("qui peut le réutiliser ?"),
        max_length=20,
        choices=ItemLicence.choices,
        default=ItemLicence.ALL_RIGHTS_RESERVED,
        help_text=_("Demandez à la personne qui l'a confié. Dans le doute : tous droits réservés."),
    )
    paired_item = models.ForeignKey(
        "memoire.MemoireItemPage",
        verbose_name=_("le même lieu à une autre époque"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="paired_with",
        help_text=_("Un autre souvenir de ce quartier, pris au même endroit, montré à côté."),
    )
    first_photo = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("première photo"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("thèmes"),
        through=MemoireItemTag,
        blank=True,
        help_text=_("Quelques mots, séparés par des virgules : école, marché, fête…"),
    )

    objects = MemoireItemManager()

    parent_page_types = ["memoire.MemoireIndexPage"]
    subpage_types: list[str] = []
    base_form_class = MemoireItemPageForm

    @classmethod
    def serving_queryset(cls):
        """The place, the contributor and the sharing image come with the page."""
        return (
            super()
            .serving_queryset()
            .select_related("place", "contributor", "social_image", "listing_image")
        )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("date_text"), FieldPanel("place")], heading=_("Quand, et où ?")
        ),
        FieldPanel("photos"),
        FieldPanel("recordings"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("contributor"),
                InlinePanel("item_people", label=_("personne")),
            ],
            heading=_("Qui l'a confié, qui parle, qui est sur la photo ?"),
        ),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("licence")],
            heading=_("D'où vient-il, qui peut le réutiliser ?"),
        ),
        PageChooserPanel("paired_item", page_type="memoire.MemoireItemPage"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("text"),
        index.SearchField("period_label"),
        index.SearchField("source"),
        index.SearchField("recordings"),
        index.SearchField("photos"),
        index.RelatedFields("place", [index.SearchField("name")]),
        index.RelatedFields("contributor", [index.SearchField("name")]),
        index.RelatedFields(
            "item_people", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("date_start"),
        index.FilterField("date_end"),
    ]

    class Meta:
        verbose_name = _("souvenir")
        verbose_name_plural = _("souvenirs")
        indexes = [models.Index(fields=["date_sort"], name="memoire_item_date_sort")]

    @property
    def summary(self):
        return self.listing_summary or self.description

    @property
    def card_image_id(self):
        return self.listing_image_id or self.first_photo_id

    @property
    def licence_uri(self):
        return LICENCE_URIS.get(self.licence, "")

    def photo_images(self):
        return [block.value["image"] for block in self.photos if block.value["image"]]

    def first_photo_in_stream(self):
        """The first photo's key, read from the stream's data without a query."""
        for block in self.photos.raw_data:
            image = (block.get("value") or {}).get("image") or {}
            image_id = image.get("image") if isinstance(image, dict) else image
            if image_id:
                return image_id
        return None

    def publication_problems(self):
        """Why this item may not be published yet, in French; empty when it may."""
        problems = []
        recordings = [block.value for block in self.recordings]
        for recording in recordings:
            if not (recording.get("transcript") or "").strip():
                problems.append(
                    _(
                        "« %(title)s » n'a pas encore de transcription. Écrivez tout ce qui "
                        "est dit avant de publier : les personnes sourdes et celles qui ne "
                        "peuvent pas écouter le liront. Vous pouvez enregistrer un brouillon."
                    )
                    % {"title": recording.get("title") or _("L'enregistrement")}
                )
        kinds = {recording.kind for recording in recordings}
        if self.kind == ItemKind.AUDIO and not kinds & {"audio", "embed"}:
            problems.append(
                _("Un enregistrement audio a besoin d'un fichier son, dans « Sons et vidéos ».")
            )
        if self.kind == ItemKind.VIDEO and not kinds & {"video", "embed"}:
            problems.append(
                _(
                    "Une vidéo a besoin d'un fichier vidéo ou d'une adresse, dans « Sons et vidéos »."
                )
            )
        if self.kind in (ItemKind.PHOTO, ItemKind.ARCHIVE) and not self.first_photo_in_stream():
            problems.append(
                _("Ajoutez au moins une photo (ou le scan du document) avant de publier.")
            )
        if self.kind == ItemKind.TESTIMONY and not self.text.strip():
            problems.append(_("Un témoignage écrit a besoin de son texte avant d'être publié."))
        return problems

    def clean(self):
        super().clean()
        self.read_period()
        if self.paired_item_id and self.paired_item_id == self.pk:
            raise ValidationError({"paired_item": _("Choisissez un autre souvenir que celui-ci.")})

    def save(self, *args, **kwargs):
        self.first_photo_id = self.first_photo_in_stream()
        update_fields = kwargs.get("update_fields")
        if self.live and update_fields is None:
            # The admin form refuses first, with the same messages; this guards every
            # other way of publishing (a workflow approval, a scheduled publication, code).
            problems = self.publication_problems()
            if problems:
                raise ValidationError(problems)
        super().save(*args, **kwargs)

    # What the page shows

    def archive(self, request=None):
        """The quartier's memory archive this item belongs to (its parent page)."""
        from .index import MemoireIndexPage

        return ancestor_of_type(request, self, MemoireIndexPage)

    @cached_property
    def private_q(self):
        """Pages behind a view restriction, read once for all of the request's queries."""
        return private_q()

    def published_only(self, queryset):
        """`published()` with the restrictions read once (see `private_q`)."""
        return queryset.live().exclude(self.private_q)

    @cached_property
    def people_links(self):
        links = getattr(self, "_prefetched_objects_cache", {}).get("item_people")
        if links is None:
            links = self.item_people.select_related("person").order_by("sort_order")
        return list(links)

    def people_by_role(self):
        return {
            role: [link.person for link in self.people_links if link.role == role]
            for role in PersonRole.values
        }

    @cached_property
    def tag_list(self):
        links = getattr(self, "_prefetched_objects_cache", {}).get("tagged_items")
        if links is None:
            links = self.tagged_items.select_related("tag")
        return sorted((link.tag for link in links), key=lambda tag: tag.name)

    def pair(self):
        """The published item of the same place at another time, oldest first, or None.

        The pair is chosen on either item: the one this item names comes first, else one
        that names this item. Both need a photo.
        """
        candidates = list(
            self.published_only(
                MemoireItemPage.objects.filter(Q(pk=self.paired_item_id) | Q(paired_item=self))
            )
            .exclude(pk=self.pk)
            .filter(first_photo__isnull=False)
            .select_related("first_photo")
            .order_by("pk")[:10]
        )
        named = [item for item in candidates if item.pk == self.paired_item_id]
        other = (named or candidates or [None])[0]
        if other is None or self.first_photo is None:
            return None
        then, now = sorted([self, other], key=lambda item: (item.date_sort is None, item.date_sort))
        return {"then": then, "now": now, "other": other}

    def collections(self):
        from .collection import MemoireCollectionPage

        return list(
            self.published_only(MemoireCollectionPage.objects.filter(collection_items__item=self))
            .distinct()
            .order_by("title")
        )

    def timeline_neighbours(self):
        """The previous and next published items of the archive's timeline."""
        if self.date_sort is None:
            return None, None
        siblings = self.published_only(MemoireItemPage.objects.sibling_of(self, inclusive=False))
        before = Q(date_sort__lt=self.date_sort) | Q(date_sort=self.date_sort, title__lt=self.title)
        after = Q(date_sort__gt=self.date_sort) | Q(date_sort=self.date_sort, title__gt=self.title)
        return previous_and_next(siblings, before, after, ("date_sort", "title", "pk"))

    def get_context(self, request, *args, **kwargs):
        from ..dublin_core import item_terms, meta_elements

        context = super().get_context(request, *args, **kwargs)
        archive = self.archive(request)
        photos = self.photo_images()
        if photos and self.first_photo_id == photos[0].pk:
            self.first_photo = photos[0]
        pair = self.pair()
        # Every rendition of the page in one query: the photos, and the pair's other photo.
        prefetch_renditions(
            [*photos, *([pair["other"].first_photo] if pair else [])], PHOTO, GALLERY
        )
        collections = self.collections()
        previous_item, next_item = self.timeline_neighbours()
        context.update(
            archive=archive,
            photos=photos,
            people=self.people_by_role(),
            tags=self.tag_list,
            pair=pair,
            collections=collections,
            previous_item=previous_item,
            next_item=next_item,
            consent=photo_consent(photos),
            dublin_core=meta_elements(
                item_terms(
                    self,
                    request,
                    archive=archive,
                    collections=collections,
                    pair_url=pair["other"].get_full_url(request) if pair else "",
                )
            ),
        )
        return context


def photo_consent(images):
    """What the page says about the people on its photos (the image model's consent)."""
    from images.models import PeopleConsent

    values = {image.people for image in images}
    if PeopleConsent.CONSENTED in values:
        return _("Les personnes reconnaissables sur les photos ont donné leur accord.")
    if values == {PeopleConsent.NOBODY}:
        return _("On ne reconnaît personne sur les photos.")
    return ""


class MemoireItemPerson(Orderable):
    """Somebody who speaks in the item or is shown in it."""

    item = ParentalKey(MemoireItemPage, on_delete=models.CASCADE, related_name="item_people")
    person = models.ForeignKey(
        "memoire.MemoirePerson",
        verbose_name=_("personne"),
        on_delete=models.PROTECT,
        related_name="item_links",
    )
    role = models.CharField(
        _("rôle"), max_length=10, choices=PersonRole.choices, default=PersonRole.SPEAKING
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("personne du souvenir")
        verbose_name_plural = _("personnes du souvenir")

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"
