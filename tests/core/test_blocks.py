"""The shared blocks: every one renders, recordings need their text, images are prefetched."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import MediaBlock, StoryBlock
from core.factories import RecordingFactory
from core.renditions import GALLERY, PHOTO
from core.stream import prefetch_renditions, stream_images, stream_text
from gazette.factories import ArticlePageFactory
from gazette.models import GazetteIndexPage

pytestmark = pytest.mark.django_db

EVERY_BLOCK = {
    "body__0": "paragraph",
    "body__1": "heading",
    "body__2": "photo",
    "body__3__gallery__photos__0__caption": "Les danseuses.",
    "body__3__gallery__photos__1__caption": "Le buffet.",
    "body__4": "quote",
    "body__5": "media",
}


@pytest.fixture
def story(quartier):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    return ArticlePageFactory(parent=gazette, **EVERY_BLOCK)


def test_the_factory_covers_every_block(story):
    assert [block.block_type for block in story.body] == list(StoryBlock.base_blocks)


def test_every_block_renders(client, story):
    html = client.get(story.url).content.decode()
    assert "Un texte court, en mots simples." in html
    assert '<h2 class="story__heading">Un après-midi au jardin</h2>' in html
    assert 'alt="Des habitants autour d&#x27;une table"' in html
    assert "Le marché du samedi." in html
    assert "Les danseuses." in html
    assert "Ici, tout le monde se dit bonjour." in html
    assert '<audio class="media-block__player no-print" controls preload="none"' in html
    assert "Bonjour, nous sommes la chorale du centre social." in html


def test_stream_text_and_images(story):
    text = stream_text(story.body)
    assert "Ici, tout le monde se dit bonjour." in text
    assert "Bonjour, nous sommes la chorale" in text
    assert len(list(stream_images(story.body))) == 3


def test_renditions_of_a_stream_come_in_one_query(story, django_assert_num_queries):
    images = list(stream_images(story.body))
    for image in images:
        image.get_rendition(PHOTO)
    body = type(story).objects.get(pk=story.pk).body
    images = list(stream_images(body))
    with django_assert_num_queries(1):
        prefetch_renditions(images, PHOTO, GALLERY)
    with django_assert_num_queries(0):
        for image in images:
            assert image.get_rendition(PHOTO).image is image


def media_value(**value):
    block = MediaBlock()
    return block, block.to_python(
        {"title": "Entretien", "transcript": "Bonjour.", "file": None, "embed": None, **value}
    )


def test_a_recording_needs_a_file_or_an_address():
    block, value = media_value()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Choisissez un fichier du quartier ou une adresse en ligne" in str(
        error.value.non_block_errors.as_data()[0].messages
    )


def test_a_recording_must_be_sound_or_video():
    document = RecordingFactory(file__filename="compte-rendu.pdf", file__data=b"%PDF-1.4")
    block, value = media_value(file=document.pk)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = error.value.block_errors["file"].messages[0]
    assert message.startswith("Ce fichier n'est ni un son ni une vidéo.")


def test_a_recording_needs_its_transcript():
    document = RecordingFactory()
    block, value = media_value(file=document.pk, transcript="")
    with pytest.raises(ValidationError):
        block.clean(value)
