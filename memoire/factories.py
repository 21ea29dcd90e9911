"""Test data of the memory archive: places, people, items and collections.

Items and collections are published unless `published=False`. An item is a written
testimony by default (it needs nothing else to be published); pass `kind=…` with
`photos__0="photo"` or `recordings__0="recording"` (wagtail-factories syntax) for others.
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from core.factories import (
    MediaBlockFactory,
    PhotoBlockFactory,
    PublishedPageFactory,
    add_tags,
)

from . import blocks
from .models import (
    CollectionItem,
    CollectionPartner,
    FilmChapter,
    ItemKind,
    MemoireCollectionPage,
    MemoireItemPage,
    MemoireItemPerson,
    MemoirePerson,
    MemoirePlace,
    PersonRole,
)


class MemoirePlaceFactory(DjangoModelFactory):
    """Pass `quartier=`: a place belongs to one quartier."""

    name = factory.Sequence(lambda number: f"La tour {number}")
    description = "Un immeuble de dix étages, près du marché."

    class Meta:
        model = MemoirePlace


class MemoirePersonFactory(DjangoModelFactory):
    """Pass `quartier=`: a person of the memories belongs to one quartier."""

    name = factory.Sequence(lambda number: f"Mme Rose {number}")
    description = "Arrivée dans le quartier en 1962."

    class Meta:
        model = MemoirePerson


class RecordingBlockFactory(MediaBlockFactory):
    title = "Mme Rose raconte son arrivée"
    transcript = "Je suis arrivée ici à huit ans. Il y avait des chantiers partout."

    class Meta:
        model = blocks.RecordingBlock


class PhotosBlockFactory(wagtail_factories.StreamBlockFactory):
    photo = factory.SubFactory(PhotoBlockFactory)

    class Meta:
        model = blocks.PhotosBlock


class RecordingsBlockFactory(wagtail_factories.StreamBlockFactory):
    recording = factory.SubFactory(RecordingBlockFactory)

    class Meta:
        model = blocks.RecordingsBlock


class MemoireItemPageFactory(PublishedPageFactory):
    """`people=[(person, role)…]`, `tags=[…]`."""

    title = factory.Sequence(lambda number: f"Souvenir {number}")
    kind = ItemKind.TESTIMONY
    description = factory.LazyAttribute(lambda item: f"Ce que raconte « {item.title} ».")
    date_text = "1967"
    text = "<p>On jouait en bas des immeubles jusqu'à la nuit.</p>"
    photos = wagtail_factories.StreamFieldFactory(PhotosBlockFactory)
    recordings = wagtail_factories.StreamFieldFactory(RecordingsBlockFactory)

    class Meta:
        model = MemoireItemPage

    @factory.post_generation
    def people(page, create, extracted, **kwargs):
        if not extracted:
            return
        page.item_people = [
            MemoireItemPerson(person=person, role=role or PersonRole.SPEAKING, sort_order=order)
            for order, (person, role) in enumerate(extracted)
        ]
        if create:
            page.save()

    tags = factory.PostGeneration(add_tags)


class MemoireCollectionPageFactory(PublishedPageFactory):
    """`items=[…]` in order, `partners=["…"]`, `chapters=[("0:00", "…")…]`, `film__0=…`."""

    title = factory.Sequence(lambda number: f"Projet {number}")
    intro = "<p>Deux ans de rencontres avec les habitants.</p>"
    date_text = "2009–2011"
    film = wagtail_factories.StreamFieldFactory(RecordingsBlockFactory)

    class Meta:
        model = MemoireCollectionPage

    @factory.post_generation
    def items(page, create, extracted, **kwargs):
        page.collection_items = [
            CollectionItem(item=item, sort_order=order)
            for order, item in enumerate(extracted or ())
        ]
        if create:
            page.save()

    @factory.post_generation
    def partners(page, create, extracted, **kwargs):
        page.partners = [
            CollectionPartner(name=name, sort_order=order)
            for order, name in enumerate(extracted or ())
        ]
        if create:
            page.save()

    @factory.post_generation
    def chapters(page, create, extracted, **kwargs):
        page.chapters = [
            FilmChapter(time_code=time_code, title=title, sort_order=order)
            for order, (time_code, title) in enumerate(extracted or ())
        ]
        if create:
            page.save()
