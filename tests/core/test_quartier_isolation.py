"""An animateur stays inside their quartier: records, images, choosers, API and reports.

Each test is tried as the other quartier's animateur (or with their records).
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.blocks import photo_data
from core.factories import ContributorFactory
from core.models import Contributor
from gazette.factories import ArticlePageFactory, GazetteIssuePageFactory
from gazette.models import GazetteIndexPage
from images.factories import PortalImageFactory
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, animateur):
    client.force_login(animateur)
    return client


@pytest.fixture
def theirs(other_quartier):
    """Records of the other quartier (Kérourien)."""
    gazette = GazetteIndexPage.objects.child_of(other_quartier).get()
    author = ContributorFactory(quartier=other_quartier, name="Yvon de Kérourien")
    return {
        "gazette": gazette,
        "author": author,
        "image": PortalImageFactory(
            title="Photo de Kérourien", collection=other_quartier.collection
        ),
        "draft": ArticlePageFactory(
            parent=gazette, title="Brouillon secret de Kérourien", authors=[author], published=False
        ),
    }


@pytest.fixture
def ours(quartier):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    author = ContributorFactory(quartier=quartier, name="Fatou de Planoise")
    return {
        "gazette": gazette,
        "author": author,
        "image": PortalImageFactory(title="Photo de Planoise", collection=quartier.collection),
    }


def snippet_url(action, *args):
    return reverse(f"wagtailsnippets_core_contributor:{action}", args=args)


# Contributors


def test_the_contributor_list_and_search_show_their_quartier_only(logged_in, ours, theirs):
    html = logged_in.get(snippet_url("list")).content.decode()
    assert "Fatou de Planoise" in html
    assert "Yvon de Kérourien" not in html
    search = logged_in.get(snippet_url("list"), {"q": "Yvon"})
    assert search.status_code == 200
    assert "Yvon de Kérourien" not in search.content.decode()
    assert "Fatou" in logged_in.get(snippet_url("list"), {"q": "Fatou"}).content.decode()


@pytest.mark.parametrize("action", ["edit", "delete", "history", "usage"])
def test_another_quartiers_contributor_is_refused(logged_in, theirs, action):
    assert_refused(logged_in, logged_in.get(snippet_url(action, theirs["author"].pk)))


def test_renaming_and_linking_another_quartiers_contributor_is_refused(
    logged_in, theirs, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", password="secret")
    response = logged_in.post(
        snippet_url("edit", theirs["author"].pk),
        {"name": "Piraté", "quartier": theirs["author"].quartier_id, "user": admin.pk},
    )
    assert_refused(logged_in, response)
    theirs["author"].refresh_from_db()
    assert theirs["author"].name == "Yvon de Kérourien"
    assert theirs["author"].user is None


def test_the_contributor_form_offers_their_quartier_and_no_accounts(
    logged_in, quartier, other_quartier, django_user_model
):
    django_user_model.objects.create_superuser("root", password="secret")
    html = logged_in.get(snippet_url("add")).content.decode()
    assert f'<option value="{quartier.pk}" selected>Planoise</option>' in html
    assert "Kérourien" not in html
    assert 'name="user"' not in html
    response = logged_in.post(snippet_url("add"), {"name": "Intrus", "quartier": other_quartier.pk})
    assert response.status_code == 200
    assert not Contributor.objects.filter(name="Intrus").exists()


def test_the_contributor_chooser_offers_their_quartier_only(logged_in, ours, theirs):
    chooser = logged_in.get(reverse("wagtailsnippetchoosers_core_contributor:choose"))
    html = chooser.content.decode()
    assert "Fatou de Planoise" in html
    assert "Yvon de Kérourien" not in html
    chosen = reverse("wagtailsnippetchoosers_core_contributor:chosen", args=[theirs["author"].pk])
    assert_refused(logged_in, logged_in.get(chosen))


def test_an_administrator_sees_every_contributor(client, ours, theirs, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="secret"))
    html = client.get(snippet_url("list")).content.decode()
    assert "Fatou de Planoise" in html
    assert "Yvon de Kérourien" in html


# Saving a page with another quartier's image, record or article


def article_form(author, **fields):
    return nested_form_data(
        {
            "title": "Le marché",
            "slug": "le-marche",
            "chapo": "Le samedi matin.",
            "publication_date": "2026-06-01",
            "article_authors": inline_formset([{"contributor": author.pk}]),
            "body": streamfield([("paragraph", rich_text("<p>Des fruits.</p>"))]),
            "easy_read": rich_text(""),
            "tags": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
            **fields,
        }
    )


def add_article(client, gazette, data):
    url = reverse("wagtailadmin_pages:add", args=["gazette", "articlepage", gazette.pk])
    return client.post(url, data)


def test_their_image_is_refused_as_listing_image(logged_in, ours, theirs):
    response = add_article(
        logged_in, ours["gazette"], article_form(ours["author"], listing_image=theirs["image"].pk)
    )
    assert response.status_code == 200
    assert (
        "L&#x27;image « Photo de Kérourien » n&#x27;est pas dans les images de votre quartier"
        in (response.content.decode())
    )
    assert not Page.objects.filter(slug="le-marche").exists()


def test_their_image_is_refused_in_the_body(logged_in, ours, theirs):
    data = article_form(ours["author"])
    data.update(
        nested_form_data(
            {"body": streamfield([("photo", photo_data(theirs["image"].pk, "Le port"))])}
        )
    )
    response = add_article(logged_in, ours["gazette"], data)
    assert response.status_code == 200
    assert "Photo de Kérourien" in response.content.decode()
    assert not Page.objects.filter(slug="le-marche").exists()


def test_our_image_is_accepted(logged_in, ours):
    response = add_article(
        logged_in, ours["gazette"], article_form(ours["author"], listing_image=ours["image"].pk)
    )
    assert response.status_code == 302
    assert Page.objects.get(slug="le-marche").live


def test_their_contributor_is_refused_as_author(logged_in, ours, theirs):
    response = add_article(logged_in, ours["gazette"], article_form(theirs["author"]))
    assert response.status_code == 200
    assert "« Yvon de Kérourien » est enregistré dans un autre quartier." in (
        response.content.decode()
    )
    assert not Page.objects.filter(slug="le-marche").exists()


def test_an_issue_takes_articles_of_its_own_gazette_only(client, ours, theirs, django_user_model):
    """Even an administrator cannot put another gazette's article in an issue."""
    client.force_login(django_user_model.objects.create_superuser("root", password="secret"))
    theirs_published = ArticlePageFactory(parent=theirs["gazette"], title="Le port de Brest")
    url = reverse(
        "wagtailadmin_pages:add", args=["gazette", "gazetteissuepage", ours["gazette"].pk]
    )
    data = nested_form_data(
        {
            "title": "Numéro de juin",
            "slug": "numero-juin",
            "number": "7",
            "date": "2026-06-01",
            "editorial": rich_text(""),
            "issue_articles": inline_formset([{"article": theirs_published.pk}]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "L&#x27;article « Le port de Brest » n&#x27;est pas dans cette gazette." in (
        response.content.decode()
    )
    assert not Page.objects.filter(slug="numero-juin").exists()
    GazetteIssuePageFactory(parent=theirs["gazette"], articles=[theirs_published])


# Choosers, admin API, reports


def test_the_page_chooser_and_its_search_stay_in_their_quartier(logged_in, ours, theirs):
    browse = logged_in.get(reverse("wagtailadmin_choose_page_child", args=[theirs["gazette"].pk]))
    assert "Brouillon secret" not in browse.content.decode()
    search = logged_in.get(reverse("wagtailadmin_choose_page_search"), {"q": "Brouillon"})
    assert "Brouillon secret" not in search.content.decode()
    own = ArticlePageFactory(parent=ours["gazette"], title="Brouillon de Planoise", published=False)
    search = logged_in.get(reverse("wagtailadmin_choose_page_search"), {"q": "Brouillon"})
    assert own.title in search.content.decode()


def test_the_admin_api_lists_their_images_and_documents_only(logged_in, ours, theirs):
    images = logged_in.get("/admin/api/main/images/").json()
    titles = {item["title"] for item in images["items"]}
    assert titles == {"Photo de Planoise"}
    detail = logged_in.get(f"/admin/api/main/images/{theirs['image'].pk}/")
    assert detail.status_code == 404
    pages = logged_in.get("/admin/api/main/pages/", {"search": "Brouillon"}).content.decode()
    assert "Brouillon secret" not in pages


def test_the_page_types_report_counts_their_quartier(logged_in, ours, theirs):
    html = logged_in.get(reverse("wagtailadmin_reports:page_types_usage")).content.decode()
    assert "Brouillon secret" not in html
    assert "Gazette" in html


def test_site_history_and_its_filters_stay_in_their_quartier(
    logged_in, ours, theirs, other_animateur
):
    other = Client()
    other.force_login(other_animateur)
    other.post(
        snippet_url("edit", theirs["author"].pk),
        {"name": "Yvon K.", "quartier": theirs["author"].quartier_id},
    )
    history = logged_in.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Yvon K." not in history
    assert other_animateur.username not in history


def test_workflow_reports_do_not_name_other_quartiers_users(logged_in, other_animateur, theirs):
    for name in ("workflow", "workflow_tasks"):
        html = logged_in.get(reverse(f"wagtailadmin_reports:{name}")).content.decode()
        assert other_animateur.username not in html
        assert "Kérourien" not in html
