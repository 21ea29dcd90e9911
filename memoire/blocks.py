"""The memory archive's blocks: the articles' photos and recordings, with one difference.

A recording may wait for its transcript while its item is a draft (a resident brings a
cassette to a workshop; somebody types what is said later). The item cannot be published
until every recording has its transcript (`MemoireItemPage.publication_problems`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import MediaBlock, PhotoBlock

RECORDING_PREVIEW = {
    "title": "Mme Rose raconte son arrivée",
    "transcript": "Je suis arrivée dans le quartier à huit ans. Il y avait des chantiers partout.",
}


class RecordingBlock(MediaBlock):
    """`core.blocks.MediaBlock` (a document of the quartier's collection, or an embed)."""

    transcript = blocks.TextBlock(
        label=_("transcription"),
        required=False,
        help_text=_(
            "Tout ce qui est dit, écrit. Obligatoire pour publier, pas pour un brouillon. "
            "Pour les personnes sourdes et pour la lecture."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Enregistrement")
        template = "core/blocks/media.html"
        preview_value = RECORDING_PREVIEW
        description = _(
            "Un son ou une vidéo du quartier (ou une vidéo publiée ailleurs), avec sa transcription."
        )


class PhotosBlock(blocks.StreamBlock):
    photo = PhotoBlock()

    class Meta:
        icon = "image"
        label = _("Photos")
        template = "memoire/blocks/photos.html"
        preview_value = [("photo", {"caption": "La tour A en construction."})]
        description = _("Les photos du souvenir, la plus importante en premier.")


class RecordingsBlock(blocks.StreamBlock):
    recording = RecordingBlock()

    class Meta:
        icon = "media"
        label = _("Enregistrements")
        template = "memoire/blocks/recordings.html"
        preview_value = [("recording", RECORDING_PREVIEW)]
        description = _("Les sons et les vidéos du souvenir, chacun avec sa transcription.")
