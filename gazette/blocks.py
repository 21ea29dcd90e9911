"""The blocks an article's body is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ul", "ol"]
PHOTO_RENDITION = "max-1200x900"
GALLERY_RENDITION = "fill-600x450"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        template = "gazette/blocks/paragraph.html"
        preview_value = "<p>Le samedi, le marché anime la place. On y croise tout le quartier.</p>"
        description = _("Du texte : quelques phrases courtes.")


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "gazette/blocks/heading.html"
        preview_value = "Un après-midi au jardin partagé"
        description = _("Un petit titre pour découper un long texte.")


class PhotoBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("photo"))
    alt = blocks.CharBlock(
        label=_("description pour les personnes aveugles"),
        required=False,
        max_length=255,
        help_text=_(
            "Ce qu'on voit sur la photo, en une phrase. Laisser vide si la légende suffit."
        ),
    )
    caption = blocks.CharBlock(label=_("légende"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "gazette/blocks/photo.html"
        preview_value = {"caption": "Le marché du samedi sur la place."}
        description = _("Une photo avec sa légende. Le nom du photographe s'affiche tout seul.")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre de la galerie"), required=False, max_length=255)
    photos = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("image", ImageChooserBlock(label=_("photo"))),
                (
                    "alt",
                    blocks.CharBlock(
                        label=_("description pour les personnes aveugles"),
                        required=False,
                        max_length=255,
                    ),
                ),
                ("caption", blocks.CharBlock(label=_("légende"), required=False, max_length=255)),
            ]
        ),
        label=_("photos"),
        min_num=2,
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Galerie de photos")
        template = "gazette/blocks/gallery.html"
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
        template = "gazette/blocks/quote.html"
        preview_value = {
            "text": "Ici, tout le monde se dit bonjour.",
            "attribution": "Fatima, habitante",
        }
        description = _("Une phrase dite par un habitant, entre guillemets.")


class MediaBlock(blocks.StructBlock):
    embed = EmbedBlock(
        label=_("adresse de la vidéo ou du son"),
        help_text=_("Collez l'adresse d'une vidéo ou d'un enregistrement publié en ligne."),
    )
    title = blocks.CharBlock(label=_("titre"), max_length=255)
    transcript = blocks.TextBlock(
        label=_("transcription"),
        help_text=_("Tout ce qui est dit, écrit. Pour les personnes sourdes et pour la lecture."),
    )

    class Meta:
        icon = "media"
        label = _("Vidéo ou son")
        template = "gazette/blocks/media.html"
        preview_value = {
            "title": "La chorale du quartier",
            "transcript": "Bonjour, nous sommes la chorale du centre social.",
        }
        description = _("Une vidéo ou un enregistrement, avec sa transcription écrite.")


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    photo = PhotoBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    media = MediaBlock()
