"""French spacing where the gazette shows what residents wrote: the article page, its
paragraphs, the feed and the print edition; what is stored does not change."""

import feedparser
import pytest

from gazette.models import ArticlePage

pytestmark = pytest.mark.django_db

NNBSP = "\u202f"
NBSP = "\u00a0"
TITLE = "Un jardin partagé ? Oui !"
CHAPO = "Rendez-vous : samedi, « avec vos graines »."
PARAGRAPH = '<p>Le lien : <a href="https://exemple.fr/?a=1" title="Quoi ?">ici ?</a></p>'


@pytest.fixture
def article(make_article):
    return make_article(title=TITLE, chapo=CHAPO, body=[{"type": "paragraph", "value": PARAGRAPH}])


def test_article_page_gets_french_spacing(client, article):
    html = client.get(article.url).content.decode()
    assert f'<h1 id="article-title">Un jardin partagé{NNBSP}? Oui{NNBSP}!</h1>' in html
    assert f"<title>Un jardin partagé{NNBSP}? Oui{NNBSP}!" in html
    assert f"Rendez-vous{NBSP}: samedi, «{NNBSP}avec vos graines{NNBSP}»." in html
    assert (
        f'Le lien{NBSP}: <a href="https://exemple.fr/?a=1" title="Quoi ?">ici{NNBSP}?</a>' in html
    )
    stored = ArticlePage.objects.get(pk=article.pk)
    assert (stored.title, stored.chapo) == (TITLE, CHAPO)


def test_feed_gets_french_spacing(client, gazette, article):
    feed = feedparser.parse(client.get(gazette.url + "flux/").content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == [f"Un jardin partagé{NNBSP}? Oui{NNBSP}!"]
    assert f"Rendez-vous{NBSP}: samedi" in feed.entries[0].summary


def test_print_edition_gets_french_spacing(client, article, make_issue):
    issue = make_issue([article], number=3)
    html = client.get(issue.url + "imprimer/").content.decode()
    assert f'class="print-article__title">Un jardin partagé{NNBSP}? Oui{NNBSP}!</h2>' in html
    assert f"Rendez-vous{NBSP}: samedi" in html
    assert f'title="Quoi ?">ici{NNBSP}?</a>' in html
