"""What the photos show, in the resident's words: asked right after the photos, it becomes
the published images' text for blind people."""

from html import unescape

import pytest
from django.urls import reverse

from gazette.models import ArticlePage
from memoire.models import MemoireItemPage
from participation.factories import form_data, phone_photo
from participation.kinds.article import ArticleForm
from participation.kinds.souvenir import MemoryForm
from participation.models import Contribution
from participation.personal_data import export

from .conftest import approve, form_url, page_text
from .test_article import send_article

pytestmark = pytest.mark.django_db

SHOWN = "Des enfants plantent des tomates au jardin partagé."


@pytest.mark.parametrize("form_class", [ArticleForm, MemoryForm])
def test_the_questions_about_the_photos_come_right_after_the_photos(form_class):
    names = list(form_class().fields)
    at = names.index("photos")
    assert names[at + 1 : at + 4] == ["photos_show", "licence", "people"]
    assert names[0] == "title"
    assert names[-5:] == ["public_name", "email", "charter", "site_web", "started"]


def test_the_form_asks_what_the_photos_show(client, participer):
    html = page_text(client.get(form_url(participer, "article")))
    assert "Que voit-on sur vos photos ?" in html
    assert "lue aux personnes qui ne voient pas les photos" in html
    assert html.index("Vos photos (6 au plus)") < html.index("Que voit-on sur vos photos ?")
    assert html.index("Que voit-on sur vos photos ?") < html.index("Votre nom sur le site")


def test_one_photo_gets_the_residents_sentence_as_its_text(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send_article(client, participer, photos=[phone_photo()], photos_show=SHOWN)
    contribution = Contribution.objects.get()
    assert contribution.photos_show == SHOWN
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    article = ArticlePage.objects.get(pk=contribution.page_id)
    photo = next(block for block in article.body if block.block_type == "photo").value
    assert photo["image"].description == SHOWN
    html = unescape(client.get(article.url).content.decode())
    assert f'alt="{SHOWN}"' in html


def test_several_photos_are_numbered(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send_article(
        client, participer, photos=[phone_photo(), phone_photo("b.jpg")], photos_show=SHOWN
    )
    contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    article = ArticlePage.objects.get(pk=contribution.page_id)
    gallery = next(block for block in article.body if block.block_type == "gallery").value
    assert [photo["image"].description for photo in gallery["photos"]] == [
        f"{SHOWN} (photo 1 sur 2)",
        f"{SHOWN} (photo 2 sur 2)",
    ]


def test_without_a_sentence_the_photo_keeps_its_title(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    send_article(client, participer, photos=[phone_photo()])
    contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    article = ArticlePage.objects.get(pk=contribution.page_id)
    image = next(block for block in article.body if block.block_type == "photo").value["image"]
    assert image.description == ""
    assert image.default_alt_text == "La fête des voisins · photo 1"


def test_a_memory_photo_gets_the_sentence_too(
    client, participer, animateur, django_capture_on_commit_callbacks
):
    data = form_data(
        title="Le marché de la place",
        when="vers 1975",
        photos_show="Le marché sous la pluie, vu du balcon.",
    )
    data["photos"] = [phone_photo()]
    client.post(form_url(participer, "souvenir"), data)
    contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        approve(contribution, animateur)
    item = MemoireItemPage.objects.get(pk=contribution.page_id)
    image = next(iter(item.photos)).value["image"]
    assert image.description == "Le marché sous la pluie, vu du balcon."


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("x" * 201, "au plus 200 caractères"),
        ("<b>Le jardin</b>", "Écrivez sans code HTML"),
    ],
)
def test_a_bad_sentence_is_explained_and_nothing_is_kept(client, participer, sentence, message):
    response = send_article(client, participer, photos=[phone_photo()], photos_show=sentence)
    assert response.status_code == 400
    assert message in unescape(response.content.decode())
    assert not Contribution.objects.exists()


def test_the_animateur_reads_the_sentence_before_deciding(client, participer, animateur):
    send_article(client, participer, photos=[phone_photo()], photos_show=SHOWN)
    client.force_login(animateur)
    html = unescape(client.get(reverse("participation_pending")).content.decode())
    assert f"selon l'habitant : « {SHOWN} »" in html


def test_the_sentence_is_in_the_residents_data(client, participer):
    send_article(client, participer, photos=[phone_photo()], photos_show=SHOWN)
    contribution = export("fatou@example.org")["contributions"][0]
    assert contribution["ce_que_montrent_les_photos"] == SHOWN
