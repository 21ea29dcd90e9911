"""A quartier's gazette: its articles, newest first, filtered by rubrique or tag."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.models import AlternateLink, SectionPage
from core.queries import images_with_renditions, set_listing_images
from core.renditions import CARD, COVER_SMALL

from ..feeds import GazetteFeed
from .article import ArticlePage
from .snippets import Rubrique

ARTICLES_PER_PAGE = 12
TAG_CLOUD_SIZE = 15
MAX_FILTER_LENGTH = 100


class GazetteIndexPage(RoutablePageMixin, SectionPage):
    """The gazette section of a quartier. Its title is the paper's own name."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux ou trois phrases : qui écrit ce journal, et comment y participer."),
    )

    section_slug = "gazette"
    section_label = _("Gazette")
    section_description = _("Le journal écrit par les habitants du quartier.")
    section_order = 10
    # Animateurs choose rubriques (administrators manage them) and enter the residents
    # who write (contributors) during workshops.
    animateur_permissions = (
        "gazette.view_rubrique",
        "core.add_contributor",
        "core.change_contributor",
        "core.view_contributor",
    )
    latest_page_types = ("gazette.ArticlePage",)
    teaser_template = "gazette/section_teaser.html"

    subpage_types = ["gazette.ArticlePage", "gazette.GazetteIssuePage"]

    content_panels = [*SectionPage.content_panels, FieldPanel("intro")]
    search_fields = [*SectionPage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("gazette")
        verbose_name_plural = _("gazettes")

    @classmethod
    def portal_links(cls):
        return [
            AlternateLink(
                _("Les gazettes des quartiers"), reverse("gazette_feed"), "application/atom+xml"
            )
        ]

    def get_teaser(self):
        """The latest article."""
        return self.articles().newest_first().only("title", "url_path", "publication_date").first()

    def articles(self):
        return ArticlePage.objects.child_of(self).published()

    def issues(self):
        from .issue import GazetteIssuePage

        return list(
            GazetteIssuePage.objects.child_of(self).published().order_by("-date", "-number")
        )

    @staticmethod
    def attach_images(issues, articles):
        """The current issue's cover (only it shows one) and the articles' listing images,
        in one query."""
        cover_id = issues[0].cover_id if issues else None
        images = images_with_renditions(
            [cover_id, *(article.listing_image_id for article in articles)], COVER_SMALL, CARD
        )
        if cover_id:
            issues[0].cover = images.get(cover_id)
        set_listing_images(articles, images)

    def rubriques(self):
        """The rubriques that have at least one published article here."""
        return (
            Rubrique.objects.filter(articles__in=self.articles().values("pk"))
            .annotate(article_count=Count("articles"))
            .order_by("name")
        )

    def popular_tags(self):
        return (
            Tag.objects.filter(gazette_articletag_items__content_object__in=self.articles())
            .annotate(article_count=Count("gazette_articletag_items"))
            .order_by("-article_count", "name")[:TAG_CLOUD_SIZE]
        )

    @staticmethod
    def _filter_value(request, name):
        return request.GET.get(name, "").strip()[:MAX_FILTER_LENGTH]

    def filtered_articles(self, request):
        """The articles and the active filters; an unknown rubrique or tag is a 404."""
        articles = self.articles()
        filters = {}
        rubrique_slug = self._filter_value(request, "rubrique")
        if rubrique_slug:
            filters["rubrique"] = Rubrique.objects.filter(slug=rubrique_slug).first()
            if filters["rubrique"] is None:
                raise Http404
            articles = articles.filter(rubrique=filters["rubrique"])
        tag_slug = self._filter_value(request, "tag")
        if tag_slug:
            filters["tag"] = Tag.objects.filter(slug=tag_slug).first()
            if filters["tag"] is None:
                raise Http404
            articles = articles.tagged(filters["tag"])
        return articles, filters

    def paginate(self, request, articles):
        """A page of articles: a junk number gives the first page, one out of range a 404."""
        paginator = Paginator(articles.with_listing_data().newest_first(), ARTICLES_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage as error:
            raise Http404 from error
        page.object_list = list(page.object_list)
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, filters = self.filtered_articles(request)
        issues = self.issues()
        page = self.paginate(request, articles)
        self.attach_images(issues, page.object_list)
        context.update(
            gazette=self,
            articles=page,
            filters=filters,
            rubriques=self.rubriques(),
            popular_tags=self.popular_tags(),
            current_issue=issues[0] if issues else None,
            past_issues=issues[1:],
        )
        return context

    @path("flux/", name="feed")
    def feed_view(self, request):
        feed = GazetteFeed(
            root=self,
            title=self.title,
            description=self.intro or self.title,
            link_page=self,
        )
        return feed(request)

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")
