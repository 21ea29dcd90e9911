"""An article of the gazette, its authors and its tags."""

from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from core.blocks import StoryBlock
from core.models import BasePage, PortalPageQuerySet
from core.queries import attach_listing_images, previous_and_next
from core.renditions import CARD, GALLERY, PHOTO
from core.routing import ancestor_of_type
from core.stream import prefetch_renditions, reading_minutes, stream_images, stream_text

from ..structured_data import article_structured_data

RELATED_COUNT = 3
EASY_READ_FEATURES = ["bold", "ul", "h2"]


class ArticleQuerySet(PortalPageQuerySet):
    def newest_first(self):
        return self.order_by("-publication_date", "-pk")

    def with_listing_data(self):
        """Rubrique, authors and tags in a fixed number of queries, whatever the count."""
        return self.select_related("rubrique").prefetch_related(*listing_prefetches())

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


def listing_prefetches():
    """An article's authors (in order) and tags, for `prefetch_related`."""
    return (
        Prefetch(
            "article_authors",
            queryset=ArticleAuthor.objects.select_related("contributor").order_by("sort_order"),
            to_attr="prefetched_author_links",
        ),
        Prefetch("tagged_items", queryset=ArticleTag.objects.select_related("tag")),
    )


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "gazette.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("mot-clé d'article")
        verbose_name_plural = _("mots-clés d'articles")


class ArticlePage(RoutablePageMixin, BasePage):
    """An article written by residents: text, photos, words of residents, an easy version."""

    search_kind = "article"

    chapo = models.TextField(
        _("chapô"),
        max_length=600,
        help_text=_("Le début de l'article, en deux ou trois phrases. Il donne envie de lire."),
    )
    publication_date = models.DateField(
        _("date de publication"),
        default=timezone.localdate,
        help_text=_("La date affichée sur l'article. Les articles sont classés par cette date."),
    )
    body = StreamField(StoryBlock(), verbose_name=_("texte de l'article"))
    rubrique = models.ForeignKey(
        "gazette.Rubrique",
        verbose_name=_("rubrique"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("mots-clés"),
        through=ArticleTag,
        blank=True,
        help_text=_("Quelques mots pour retrouver l'article, séparés par des virgules."),
    )
    easy_read = RichTextField(
        _("version facile à lire"),
        blank=True,
        features=EASY_READ_FEATURES,
        help_text=_(
            "Facultatif. Le même article en phrases très courtes et en mots simples "
            "(méthode « facile à lire et à comprendre »). Une idée par phrase."
        ),
    )

    objects = ArticleManager()

    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("chapo"),
        MultiFieldPanel(
            [
                InlinePanel("article_authors", label=_("auteur ou autrice"), min_num=1),
                FieldPanel("publication_date"),
            ],
            heading=_("Qui a écrit, et quand"),
        ),
        MultiFieldPanel(
            [FieldPanel("rubrique"), FieldPanel("tags")], heading=_("Pour ranger l'article")
        ),
        FieldPanel("body"),
        FieldPanel("easy_read"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("chapo"),
        index.SearchField("body"),
        index.SearchField("easy_read"),
        index.RelatedFields(
            "article_authors",
            [index.RelatedFields("contributor", [index.SearchField("name")])],
        ),
        index.RelatedFields("rubrique", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @classmethod
    def serving_queryset(cls):
        """The rubrique and the sharing image come with the page."""
        return (
            super().serving_queryset().select_related("rubrique", "social_image", "listing_image")
        )

    @property
    def summary(self):
        return self.listing_summary or self.chapo

    @cached_property
    def authors(self):
        """The authors in order: from `with_listing_data`'s prefetch, or in one query."""
        links = getattr(self, "prefetched_author_links", None)
        if links is None:
            links = self.article_authors.select_related("contributor").order_by("sort_order")
        return [link.contributor for link in links]

    @property
    def tag_list(self):
        """Tags through the prefetched `tagged_items` (see `with_listing_data`)."""
        return [item.tag for item in self.tagged_items.all()]

    @cached_property
    def reading_minutes(self):
        return reading_minutes(self.chapo, stream_text(self.body))

    def gazette(self, request=None):
        from .index import GazetteIndexPage

        return ancestor_of_type(request, self, GazetteIndexPage)

    def issue(self):
        """The live issue this article appeared in, if any."""
        from .issue import IssueArticle

        entry = (
            IssueArticle.objects.filter(article=self, issue__live=True)
            .select_related("issue")
            .first()
        )
        return entry.issue if entry else None

    def siblings(self):
        return ArticlePage.objects.published().sibling_of(self, inclusive=False)

    def previous_and_next(self):
        """The articles of the gazette just before and just after this one, by date."""
        date = self.publication_date
        return previous_and_next(
            self.siblings(),
            Q(publication_date__lt=date) | Q(publication_date=date, pk__lt=self.pk),
            Q(publication_date__gt=date) | Q(publication_date=date, pk__gt=self.pk),
            ("publication_date", "pk"),
        )

    def related_articles(self, limit=RELATED_COUNT):
        """Other articles of the same gazette sharing the rubrique or a tag (one query;
        their authors and tags are loaded with the article's own in `get_context`)."""
        condition = Q(
            tagged_items__tag__in=ArticleTag.objects.filter(content_object=self).values("tag")
        )
        if self.rubrique_id:
            condition |= Q(rubrique_id=self.rubrique_id)
        ids = (
            self.siblings()
            .filter(condition)
            .newest_first()
            .values_list("pk", flat=True)
            .distinct()[:limit]
        )
        # The keys as a subquery: one query for the articles and their keys.
        return list(
            ArticlePage.objects.filter(pk__in=ids).select_related("rubrique").newest_first()
        )

    def prefetch_body_images(self):
        """The body's image renditions, in one query."""
        prefetch_renditions(stream_images(self.body), PHOTO, GALLERY)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = self.related_articles()
        # The authors and tags of the article and of the related ones: two queries.
        prefetch_related_objects([self, *related], *listing_prefetches())
        attach_listing_images(related, CARD)
        tags = self.tag_list
        authors = self.authors
        gazette = self.gazette(request)
        self.prefetch_body_images()
        previous_article, next_article = self.previous_and_next()
        context.update(
            gazette=gazette,
            authors=authors,
            tags=tags,
            issue=self.issue(),
            related=related,
            previous_article=previous_article,
            next_article=next_article,
            structured_data=article_structured_data(self, request, gazette, authors, tags),
        )
        context.setdefault("easy", False)
        return context

    @path("facile-a-lire/", name="easy_read")
    def easy_read_version(self, request):
        if not self.easy_read:
            raise Http404
        return self.render(request, context_overrides={"easy": True})

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if self.easy_read:
            full_url = self.get_full_url(request)
            urls.append({**urls[0], "location": full_url + self.reverse_subpage("easy_read")})
        return urls


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    contributor = models.ForeignKey(
        "core.Contributor",
        verbose_name=_("auteur ou autrice"),
        on_delete=models.PROTECT,
        related_name="article_links",
    )

    panels = [FieldPanel("contributor")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur ou autrice de l'article")
        verbose_name_plural = _("auteurs et autrices de l'article")

    def __str__(self):
        return str(self.contributor)
