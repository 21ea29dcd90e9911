"""Write an article for the gazette."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.blocks import photo_data
from gazette.models import ArticleAuthor, ArticlePage, Rubrique

from ..forms import ContributionForm, PhotoRightsMixin, PhotosField, TextField
from . import PageKind
from .text import chapo_and_body, paragraph_html

CHAPO_MAX = 600


class ArticleForm(PhotoRightsMixin, ContributionForm):
    has_photos = True

    title = TextField(
        label=_("Le titre de votre article"),
        max_length=120,
        help_text=_("Quelques mots. Exemple : « La fête des voisins rue Picasso »."),
    )
    text = TextField(
        label=_("Votre texte"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "Laissez une ligne vide entre deux paragraphes. Des phrases courtes, c'est bien."
        ),
    )
    rubrique = forms.ModelChoiceField(
        label=_("De quoi parle votre article ?"),
        queryset=Rubrique.objects.order_by("name"),
        required=False,
        empty_label=_("Je ne sais pas"),
    )
    photos = PhotosField(
        label=_("Vos photos (6 au plus)"),
        help_text=_("Des photos prises avec votre téléphone, par exemple."),
    )


class ArticleKind(PageKind):
    slug = "article"
    label = _("Écrire un article")
    description = _("Racontez ce qui se passe dans le quartier, pour le journal des habitants.")
    section_type = "gazette.GazetteIndexPage"
    form_class = ArticleForm
    done_label = _("Publiée")

    def build_page(self, section, data, contributor):
        chapo, body = chapo_and_body(data["text"], CHAPO_MAX)
        page = ArticlePage(
            title=data["title"],
            chapo=chapo,
            body=[{"type": "paragraph", "value": paragraph_html(part)} for part in body],
            rubrique=data.get("rubrique"),
            live=False,
        )
        page.article_authors = [ArticleAuthor(contributor=contributor, sort_order=0)]
        return page

    def attach_photos(self, page, images, data):
        raw = list(page.body.raw_data)
        if len(images) == 1:
            raw.append({"type": "photo", "value": photo_block(images[0])})
        else:
            photos = [photo_block(image) for image in images]
            raw.append({"type": "gallery", "value": {"title": "", "photos": photos}})
        page.body = raw
        page.listing_image = page.listing_image or images[0]


def photo_block(image):
    return photo_data(image.pk, alt_text=image.default_alt_text)


KIND = ArticleKind()
