"""Test data shared by every section: contributors, and stories with every block."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from images.factories import PortalImageFactory

from . import blocks
from .models import Contributor


class ContributorFactory(DjangoModelFactory):
    """Pass `quartier=`: a contributor belongs to one quartier."""

    name = factory.Sequence(lambda number: f"Habitante {number}")
    bio = "Habitante du quartier depuis vingt ans."

    class Meta:
        model = Contributor


def add_tags(page, create, extracted, **kwargs):
    """`tags=[…]`, for the factories of pages with tags (articles, memories)."""
    if extracted:
        page.tags.add(*extracted)
        if create:
            page.save()


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved as a draft with a revision, then published unless `published=False`."""

    live = False
    published = factory.PostGeneration(lambda page, create, extracted, **kwargs: extracted)

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, page, create, results=None):
        if not create:
            return
        revision = page.save_revision(log_action=False)
        if (results or {}).get("published") is not False:
            revision.publish(log_action=False)
        page.refresh_from_db()


class RecordingFactory(wagtail_factories.DocumentFactory):
    """A sound file, as the quartier's recordings are."""

    title = factory.Sequence(lambda number: f"Enregistrement {number}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="entretien.ogg", data=b"OggS fake sound")

    class Meta:
        model = get_document_model()


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = RichText("<p>Un texte court, en mots simples.</p>")

    class Meta:
        model = blocks.ParagraphBlock


class HeadingBlockFactory(wagtail_factories.CharBlockFactory):
    value = "Un après-midi au jardin"

    class Meta:
        model = blocks.HeadingBlock


class PortalImageBlockFactory(wagtail_factories.ImageBlockFactory):
    image = factory.SubFactory(
        wagtail_factories.ImageChooserBlockFactory, image=factory.SubFactory(PortalImageFactory)
    )
    decorative = False
    alt_text = "Des habitants autour d'une table"


class PhotoBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(PortalImageBlockFactory)
    caption = "Le marché du samedi."

    class Meta:
        model = blocks.PhotoBlock


class GalleryBlockFactory(wagtail_factories.StructBlockFactory):
    title = "La fête du quartier"
    photos = wagtail_factories.ListBlockFactory(PhotoBlockFactory)

    class Meta:
        model = blocks.GalleryBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Ici, tout le monde se dit bonjour."
    attribution = "Fatima, habitante"

    class Meta:
        model = blocks.QuoteBlock


class MediaBlockFactory(wagtail_factories.StructBlockFactory):
    title = "La chorale du centre social"
    file = factory.SubFactory(
        wagtail_factories.DocumentChooserBlockFactory, document=factory.SubFactory(RecordingFactory)
    )
    embed = None
    transcript = "Bonjour, nous sommes la chorale du centre social."

    class Meta:
        model = blocks.MediaBlock


class StoryBlockFactory(wagtail_factories.StreamBlockFactory):
    """`body__0="paragraph"`, `body__1__photo__caption="…"`, … (wagtail-factories syntax)."""

    paragraph = factory.SubFactory(ParagraphBlockFactory)
    heading = factory.SubFactory(HeadingBlockFactory)
    photo = factory.SubFactory(PhotoBlockFactory)
    gallery = factory.SubFactory(GalleryBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    media = factory.SubFactory(MediaBlockFactory)

    class Meta:
        model = blocks.StoryBlock
