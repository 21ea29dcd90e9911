"""A page that shows people who did not agree cannot be published, nor approved."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.blocks import photo_data
from core.factories import ContributorFactory
from core.models import ConsentCheckedApprovalTask
from gazette.factories import ArticlePageFactory
from gazette.models import GazetteIndexPage
from images.factories import PortalImageFactory
from images.models import PeopleConsent

pytestmark = pytest.mark.django_db

REFUSAL = "La photo « La chorale » montre des personnes qui n&#x27;ont pas donné leur accord."


@pytest.fixture
def gazette(quartier):
    return GazetteIndexPage.objects.child_of(quartier).get()


@pytest.fixture
def without_consent(quartier):
    return PortalImageFactory(
        title="La chorale", collection=quartier.collection, people=PeopleConsent.NOT_CONSENTED
    )


def form(author, image, action):
    return nested_form_data(
        {
            "title": "La chorale",
            "slug": "la-chorale",
            "chapo": "Elle chante le jeudi.",
            "publication_date": "2026-06-01",
            "article_authors": inline_formset([{"contributor": author.pk}]),
            "body": streamfield([("photo", photo_data(image.pk, "La chorale chante"))]),
            "easy_read": rich_text(""),
            "tags": "",
            "comments": inline_formset([]),
            action: "1",
        }
    )


def add_url(gazette):
    return reverse("wagtailadmin_pages:add", args=["gazette", "articlepage", gazette.pk])


def test_publishing_refuses_a_photo_without_consent(client, animateur, gazette, without_consent):
    client.force_login(animateur)
    author = ContributorFactory(quartier=gazette.get_parent().specific)
    response = client.post(add_url(gazette), form(author, without_consent, "action-publish"))
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert not Page.objects.filter(slug="la-chorale").exists()


def test_a_draft_may_wait_for_consent_and_publish_once_given(
    client, animateur, gazette, without_consent
):
    client.force_login(animateur)
    author = ContributorFactory(quartier=gazette.get_parent().specific)
    response = client.post(add_url(gazette), form(author, without_consent, "action-draft"))
    assert response.status_code == 302
    draft = Page.objects.get(slug="la-chorale")
    assert not draft.live
    without_consent.people = PeopleConsent.CONSENTED
    without_consent.save()
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert client.post(edit, form(author, without_consent, "action-publish")).status_code == 302
    draft.refresh_from_db()
    assert draft.live


def test_the_workflow_offers_no_approval_and_refuses_one(animateur, gazette, without_consent):
    article = ArticlePageFactory(
        parent=gazette,
        published=False,
        body__0__photo__image__image__image=without_consent,
        listing_image=without_consent,
    )
    workflow_state = article.get_workflow().start(article, animateur)
    task = workflow_state.current_task_state.task.specific
    assert isinstance(task, ConsentCheckedApprovalTask)
    actions = [name for name, _label, _needs_data in task.get_actions(article, animateur)]
    assert actions == ["reject"]
    with pytest.raises(PermissionDenied):
        task.on_action(workflow_state.current_task_state, animateur, "approve")
    article.refresh_from_db()
    assert not article.live


def test_the_workflow_approves_a_page_with_consent(animateur, gazette):
    article = ArticlePageFactory(parent=gazette, published=False, body__0="photo")
    workflow_state = article.get_workflow().start(article, animateur)
    task = workflow_state.current_task_state.task.specific
    assert "approve" in [name for name, _label, _data in task.get_actions(article, animateur)]
    task.on_action(workflow_state.current_task_state, animateur, "approve")
    article.refresh_from_db()
    assert article.live


def test_the_image_chooser_says_which_photos_cannot_be_published(
    client, animateur, without_consent
):
    client.force_login(animateur)
    html = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "La chorale" in html
    assert "on ne peut pas publier une page avec cette photo" in html
