"""A numbered issue of the gazette, and its print edition (HTML for A4, and PDF)."""

import hashlib

from django.core.cache import cache
from django.db import models
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage
from core.queries import attach_listing_images
from core.renditions import CARD, COVER
from core.stream import stream_images

from ..forms import IssuePageForm
from ..print_edition import render_pdf
from .article import ArticlePage

PDF_CACHE_SECONDS = 60 * 60 * 24


class GazetteIssuePage(RoutablePageMixin, BasePage):
    """A numéro: its articles in order, an editorial, a cover, a print edition."""

    number = models.PositiveIntegerField(_("numéro"))
    date = models.DateField(_("date de parution"))
    cover = models.ForeignKey(
        "images.PortalImage",
        verbose_name=_("photo de couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editorial = RichTextField(
        _("édito"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Le mot de l'équipe en début de numéro. Quelques phrases."),
    )

    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types: list[str] = []
    base_form_class = IssuePageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("date"), FieldPanel("cover")],
            heading=_("Le numéro"),
        ),
        FieldPanel("editorial"),
        InlinePanel(
            "issue_articles",
            label=_("article"),
            heading=_("Les articles du numéro, dans l'ordre"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("editorial"),
        index.FilterField("number"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("numéro")
        verbose_name_plural = _("numéros")

    @property
    def share_image(self):
        return self.social_image or self.listing_image or self.cover

    def articles(self):
        """The issue's published articles, in order; unpublished ones are left out."""
        articles = list(
            ArticlePage.objects.published()
            .filter(issue_entry__issue=self)
            .with_listing_data()
            .order_by("issue_entry__sort_order", "pk")
        )
        return attach_listing_images(articles, CARD)

    def gazette(self):
        from .index import GazetteIndexPage

        return GazetteIndexPage.objects.ancestor_of(self).first()

    def cover_image(self):
        if not self.cover_id:
            return None
        images = get_image_model().objects.filter(pk=self.cover_id)
        return images.prefetch_renditions(COVER, CARD).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            gazette=self.gazette(), articles=self.articles(), cover_image=self.cover_image()
        )
        return context

    def print_context(self, request, for_pdf=False):
        context = self.get_context(request)
        for article in context["articles"]:
            article.prefetch_body_images()
        context.update(for_pdf=for_pdf, credits=self.photo_credits(context))
        return context

    @staticmethod
    def print_images(context):
        """The images of the print edition, in order: the cover, then the articles' photos."""
        images = [context["cover_image"]] if context["cover_image"] else []
        for article in context["articles"]:
            images.extend(stream_images(article.body))
        return images

    @classmethod
    def photo_credits(cls, context):
        """Who took the photos of the print edition, each photo once, in order of appearance."""
        credits, seen = {}, set()
        for image in cls.print_images(context):
            if image.credit_line and image.pk not in seen:
                seen.add(image.pk)
                credits.setdefault(image.credit_line, []).append(image.title)
        return [{"credit": credit, "titles": titles} for credit, titles in credits.items()]

    @path("imprimer/", name="print")
    def print_view(self, request):
        return TemplateResponse(request, "gazette/issue_print.html", self.print_context(request))

    def pdf_cache_key(self, context):
        """Changes whenever the issue or one of its published articles is published again, and
        whenever one of its images changes (file, title, credit, consent…) or is deleted."""
        versions = [f"{self.pk}:{self.last_published_at}"] + [
            f"{article.pk}:{article.last_published_at}" for article in context["articles"]
        ]
        versions += [
            ",".join(field.value_to_string(image) for field in image._meta.concrete_fields)
            for image in self.print_images(context)
        ]
        digest = hashlib.sha256("|".join(versions).encode()).hexdigest()
        return f"gazette-pdf:{self.pk}:{digest}"

    @path("imprimer/pdf/", name="pdf")
    def pdf_view(self, request):
        context = self.print_context(request, for_pdf=True)
        cache_key = self.pdf_cache_key(context)
        pdf = cache.get(cache_key)
        if pdf is None:
            response = TemplateResponse(request, "gazette/issue_print.html", context)
            html = response.render().content.decode()
            pdf = render_pdf(html, base_url=request.build_absolute_uri("/"))
            cache.set(cache_key, pdf, PDF_CACHE_SECONDS)
        result = HttpResponse(pdf, content_type="application/pdf")
        result["Content-Disposition"] = f'inline; filename="{self.slug}.pdf"'
        return result


class IssueArticle(Orderable):
    """An article's place in an issue; an article appears in one issue at most."""

    issue = ParentalKey(GazetteIssuePage, on_delete=models.CASCADE, related_name="issue_articles")
    article = models.OneToOneField(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="issue_entry",
        error_messages={"unique": _("Cet article est déjà dans un autre numéro.")},
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("article du numéro")
        verbose_name_plural = _("articles du numéro")

    def __str__(self):
        return str(self.article)
