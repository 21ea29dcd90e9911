"""Blocks that every section's rich content is made of: text, photos, words, recordings."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ul", "ol"]
AUDIO_EXTENSIONS = ("mp3", "ogg", "oga", "opus", "m4a", "wav")
VIDEO_EXTENSIONS = ("mp4", "webm", "ogv")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        template = "core/blocks/paragraph.html"
        preview_value = "<p>Le samedi, le marché anime la place. On y croise tout le quartier.</p>"
        description = _("Du texte : quelques phrases courtes.")


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "core/blocks/heading.html"
        preview_value = "Un après-midi au jardin partagé"
        description = _("Un petit titre pour découper un long texte.")


class PhotoBlock(blocks.StructBlock):
    """A photo, its text for blind readers (from Wagtail's ImageBlock) and a caption."""

    image = ImageBlock(label=_("photo"))
    caption = blocks.CharBlock(label=_("légende"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "core/blocks/photo.html"
        preview_value = {"caption": "Le marché du samedi sur la place."}
        description = _("Une photo avec sa légende. Le nom du photographe s'affiche tout seul.")


def photo_data(image_id, caption="", alt_text=""):
    """A PhotoBlock value as the database stores it (demo content, tests)."""
    return {
        "image": {"image": image_id, "alt_text": alt_text or caption, "decorative": False},
        "caption": caption,
    }


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre de la galerie"), required=False, max_length=255)
    photos = blocks.ListBlock(PhotoBlock(), label=_("photos"), min_num=2)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Galerie de photos")
        template = "core/blocks/gallery.html"
        preview_value = {"title": "La fête du quartier", "photos": []}
        description = _("Plusieurs photos côte à côte.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("ce que la personne a dit"))
    attribution = blocks.CharBlock(
        label=_("qui parle"),
        required=False,
        max_length=255,
        help_text=_("Un prénom, un pseudonyme ou « une habitante ». Avec son accord."),
    )

    class Meta:
        icon = "openquote"
        label = _("Parole d'habitant")
        template = "core/blocks/quote.html"
        preview_value = {
            "text": "Ici, tout le monde se dit bonjour.",
            "attribution": "Fatima, habitante",
        }
        description = _("Une phrase dite par un habitant, entre guillemets.")


class MediaValue(blocks.StructValue):
    @property
    def kind(self):
        """ "audio", "video" or "embed": how the template plays it."""
        document = self.get("file")
        if not document:
            return "embed"
        extension = document.file_extension.lower()
        return "video" if extension in VIDEO_EXTENSIONS else "audio"


class MediaBlock(blocks.StructBlock):
    """A recording (a file of the quartier's, or a video published elsewhere) and its text."""

    title = blocks.CharBlock(label=_("titre"), max_length=255)
    file = DocumentChooserBlock(
        label=_("fichier son ou vidéo"),
        required=False,
        help_text=_("Un enregistrement du quartier (MP3, OGG, WAV, MP4, WebM)."),
    )
    embed = EmbedBlock(
        label=_("ou l'adresse d'une vidéo en ligne"),
        required=False,
        help_text=_("Si la vidéo est publiée ailleurs, par exemple sur une web TV."),
    )
    transcript = blocks.TextBlock(
        label=_("transcription"),
        help_text=_("Tout ce qui est dit, écrit. Pour les personnes sourdes et pour la lecture."),
    )

    class Meta:
        icon = "media"
        label = _("Vidéo ou son")
        template = "core/blocks/media.html"
        value_class = MediaValue
        preview_value = {
            "title": "La chorale du quartier",
            "transcript": "Bonjour, nous sommes la chorale du centre social.",
        }
        description = _("Un enregistrement ou une vidéo, avec sa transcription écrite.")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("file")
        if bool(document) == bool(value.get("embed")):
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _("Choisissez un fichier du quartier ou une adresse en ligne (un seul).")
                    )
                ]
            )
        allowed = AUDIO_EXTENSIONS + VIDEO_EXTENSIONS
        if document and document.file_extension.lower() not in allowed:
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _(
                            "Ce fichier n'est ni un son ni une vidéo. Formats acceptés : %(formats)s."
                        )
                        % {"formats": ", ".join(allowed)}
                    )
                }
            )
        return value


class StoryBlock(blocks.StreamBlock):
    """A text with photos, residents' words and recordings (articles, memories, events)."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    photo = PhotoBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    media = MediaBlock()
