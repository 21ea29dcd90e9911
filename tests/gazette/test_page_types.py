"""The gazette's page types, with Wagtail's own page test helpers."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.factories import ContributorFactory
from gazette.factories import ArticlePageFactory, GazetteIssuePageFactory
from gazette.models import ArticlePage, GazetteIndexPage, GazetteIssuePage
from home.factories import QuartierPageFactory
from home.models import HomePage, QuartierPage
from home.quartiers import add_animateur


class GazettePageTypesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.quartier = QuartierPageFactory(title="Planoise")
        cls.gazette = GazetteIndexPage.objects.child_of(cls.quartier).get()
        cls.author = ContributorFactory(quartier=cls.quartier, name="Fatou D.")
        cls.article = ArticlePageFactory(
            parent=cls.gazette, authors=[cls.author], body__0="paragraph", body__1="photo"
        )
        cls.issue = GazetteIssuePageFactory(parent=cls.gazette, articles=[cls.article])
        cls.animateur, _created = add_animateur("animatrice", cls.quartier.slug)

    def test_tree(self):
        self.assertAllowedParentPageTypes(GazetteIndexPage, {QuartierPage})
        self.assertAllowedSubpageTypes(GazetteIndexPage, {ArticlePage, GazetteIssuePage})
        self.assertAllowedParentPageTypes(ArticlePage, {GazetteIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, {})
        self.assertAllowedSubpageTypes(GazetteIssuePage, {})
        self.assertCanNotCreateAt(HomePage, GazetteIndexPage)
        self.assertCanNotCreateAt(Page, ArticlePage)

    def test_one_gazette_per_quartier(self):
        assert not GazetteIndexPage.can_create_at(self.quartier)
        self.gazette.delete()
        assert GazetteIndexPage.can_create_at(Page.objects.get(pk=self.quartier.pk))

    def article_form(self, title, slug):
        """What the article editor posts (StreamField data is built by the admin's JS)."""
        return nested_form_data(
            {
                "title": title,
                "slug": slug,
                "chapo": "Toute la rue a mangé dehors.",
                "publication_date": "2026-06-01",
                "article_authors": inline_formset([{"contributor": self.author.pk}]),
                "body": streamfield([("paragraph", rich_text("<p>Il faisait beau.</p>"))]),
                "easy_read": rich_text(""),
                "tags": "",
                "comments": inline_formset([]),
            }
        )

    def test_pages_render_and_preview(self):
        for page in (self.gazette, self.article, self.issue):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(self.gazette)
        self.assertPageIsPreviewable(self.issue)
        self.assertPageIsPreviewable(
            self.article, post_data=self.article_form(self.article.title, self.article.slug)
        )
        self.assertPageIsRoutable(self.article, "facile-a-lire/")
        self.assertPageIsRoutable(self.issue, "imprimer/")

    def test_the_animateur_edits_every_page_type(self):
        self.assertPageIsEditable(self.gazette, user=self.animateur)
        self.assertPageIsEditable(self.issue, user=self.animateur)
        self.assertPageIsEditable(
            self.article,
            post_data=self.article_form("Un titre corrigé", self.article.slug),
            user=self.animateur,
        )

    def test_the_animateur_writes_an_article(self):
        self.client.force_login(self.animateur)
        self.assertCanCreate(
            self.gazette, ArticlePage, self.article_form("La fête des voisins", "fete-voisins")
        )
        article = ArticlePage.objects.get(slug="fete-voisins")
        assert article.authors == [self.author]
