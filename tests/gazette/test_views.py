import io
import json
import re

import feedparser
import pytest
from pypdf import PdfReader

from core.blocks import photo_data
from gazette.models import Rubrique

pytestmark = pytest.mark.django_db

JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def content(response):
    return response.content.decode()


# Gazette index


def test_index_lists_published_articles_newest_first(client, gazette, make_article):
    older = make_article(title="Le vieux lavoir")
    newer = make_article(title="La nouvelle boulangerie")
    make_article(title="Brouillon secret", live=False)
    withdrawn = make_article(title="Article retiré")
    withdrawn.unpublish()
    response = client.get(gazette.url)
    assert response.status_code == 200
    html = content(response)
    assert html.index(newer.title) < html.index(older.title)
    assert "Brouillon secret" not in html
    assert "Article retiré" not in html
    assert f'type="application/atom+xml" title="{gazette.title}"' in html


def test_index_filters_by_rubrique_and_tag(client, gazette, make_article, rubrique):
    make_article(title="Portrait de Mme Diallo", rubrique=rubrique)
    velo = make_article(title="Atelier vélo", tags=["vélo"])
    response = client.get(gazette.url, {"rubrique": "portraits"})
    assert "Portrait de Mme Diallo" in content(response)
    assert "Atelier vélo" not in content(response)
    response = client.get(gazette.url, {"tag": velo.tags.get().slug})
    assert "Atelier vélo" in content(response)
    assert "Portrait de Mme Diallo" not in content(response)


@pytest.mark.parametrize(
    "params",
    [
        {"rubrique": "inconnue"},
        {"tag": "nexistepas"},
        {"rubrique": "<script>"},
        {"rubrique": "x" * 5000},
        {"page": "999"},
        {"page": "-1"},
        {"page": "0"},
    ],
)
def test_index_junk_filters_and_pages_are_404(client, gazette, make_article, params):
    make_article()
    Rubrique.objects.create(name="Emploi", slug="emploi")
    assert client.get(gazette.url, params).status_code == 404


@pytest.mark.parametrize("page", ["abc", "1.5", "%00", ""])
def test_index_junk_page_number_gives_the_first_page(client, gazette, make_article, page):
    article = make_article(title="Le premier article")
    response = client.get(gazette.url, {"page": page})
    assert response.status_code == 200
    assert article.title in content(response)


def test_index_paginates(client, gazette, make_article):
    for number in range(14):
        make_article(title=f"Nouvelle numéro {number:02d}")
    first = content(client.get(gazette.url))
    second = content(client.get(gazette.url, {"page": 2}))
    assert "Nouvelle numéro 13" in first
    assert "Nouvelle numéro 00" not in first
    assert "Nouvelle numéro 00" in second
    assert "Nouvelle numéro 13" not in second
    assert 'rel="next"' in first


def test_index_highlights_the_current_issue(client, gazette, make_article, make_issue):
    make_issue([make_article()], number=3)
    make_issue([make_article()], number=4)
    html = content(client.get(gazette.url))
    assert "Le dernier numéro" in html
    assert html.index("Numéro 4") < html.index("Numéro 3")


# Articles


def test_article_page(client, make_article, rubrique, contributor, make_image):
    photo = make_image(title="Le jardin", credit="Karim B.")
    body = [
        {"type": "heading", "value": "Au jardin"},
        {"type": "photo", "value": photo_data(photo.pk, "Les tomates.", alt_text="Des tomates")},
        {"type": "quote", "value": {"text": "On partage tout.", "attribution": "Mme Roux"}},
    ]
    article = make_article(title="Le jardin partagé", rubrique=rubrique, tags=["jardin"], body=body)
    response = client.get(article.url)
    assert response.status_code == 200
    html = content(response)
    assert "Le jardin partagé" in html
    assert "Fatou D." in html
    assert "Photo : Karim B." in html
    assert 'alt="Des tomates"' in html
    assert "On partage tout." in html
    assert 'property="og:type" content="article"' in html
    assert f'<link rel="canonical" href="{article.full_url}">' in html
    assert "application/atom+xml" in html
    # The listen button is there for JavaScript to reveal, hidden without it.
    assert re.search(r'<button[^>]*class="listen-button"[^>]*hidden', html)
    assert "js/listen.js" in html


def test_article_json_ld_is_a_news_article_and_is_escaped(client, make_article):
    article = make_article(title="Fin du </script><script>alert(1)</script> test")
    html = content(client.get(article.url))
    assert "<script>alert(1)" not in html
    data = json.loads(JSON_LD_RE.search(html).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["author"] == [{"@type": "Person", "name": "Fatou D."}]
    assert data["datePublished"].startswith(article.publication_date.isoformat())
    assert data["publisher"]["name"] == article.gazette().title


def test_easy_read_version(client, make_article):
    article = make_article(easy_read="<p>Le marché est le samedi.</p>")
    html = content(client.get(article.url))
    easy_url = article.url + "facile-a-lire/"
    assert f'href="{easy_url}"' in html
    response = client.get(easy_url)
    assert response.status_code == 200
    easy = content(response)
    assert "Le marché est le samedi." in easy
    assert "Un texte court pour le journal." not in easy
    assert re.search(rf'href="{re.escape(easy_url)}"[^>]*aria-current="page"', easy)


def test_no_easy_read_version_is_404(client, make_article):
    article = make_article()
    assert "facile-a-lire" not in content(client.get(article.url))
    assert client.get(article.url + "facile-a-lire/").status_code == 404


def test_unpublished_article_is_not_served(client, make_article):
    article = make_article(live=False)
    assert client.get(article.url or f"/planoise/gazette/{article.slug}/").status_code == 404


def test_article_shows_related_and_neighbours(client, make_article, rubrique):
    first = make_article(title="Premier portrait", rubrique=rubrique)
    second = make_article(title="Deuxième portrait", rubrique=rubrique)
    html = content(client.get(second.url))
    assert "À lire aussi" in html
    assert f'href="{first.url}" rel="prev"' in html


# Issues and the print edition


def test_issue_page(client, make_article, make_issue, make_image):
    kept = make_article(title="Le conseil citoyen")
    withdrawn = make_article(title="Article dépublié")
    issue = make_issue([kept, withdrawn], number=12, cover=make_image(credit="Lina T."))
    withdrawn.unpublish()
    response = client.get(issue.url)
    assert response.status_code == 200
    html = content(response)
    assert "Le conseil citoyen" in html
    assert "Article dépublié" not in html
    assert "Bonne lecture" in html
    assert "Photo : Lina T." in html
    assert issue.url + "imprimer/" in html


def test_print_edition(client, make_article, make_issue, make_image):
    photo = make_image(title="La chorale", credit="Karim B.")
    body = [{"type": "photo", "value": photo_data(photo.pk, "La chorale chante.")}]
    kept = make_article(title="La chorale du centre social", body=body)
    withdrawn = make_article(title="Article dépublié")
    issue = make_issue([kept, withdrawn], number=5)
    withdrawn.unpublish()
    response = client.get(issue.url + "imprimer/")
    assert response.status_code == 200
    html = content(response)
    assert "print-edition.css" in html
    assert "Sommaire" in html
    assert "La chorale du centre social" in html
    assert "Article dépublié" not in html
    assert "Crédits photo" in html
    assert "Karim B." in html


def test_pdf_of_the_print_edition(client, make_article, make_issue, make_image):
    photo = make_image(title="Le terrain de foot", credit="Karim B.")
    body = [
        {"type": "paragraph", "value": "<p>Les jeunes ont repeint les buts.</p>"},
        {"type": "photo", "value": photo_data(photo.pk, "Le terrain.")},
    ]
    first = make_article(title="Le tournoi de foot", body=body)
    second = make_article(title="La bibliothèque de rue")
    withdrawn = make_article(title="Texte retiré")
    issue = make_issue([first, second, withdrawn], number=8, cover=make_image())
    withdrawn.unpublish()
    response = client.get(issue.url + "imprimer/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Le tournoi de foot" in text
    assert "La bibliothèque de rue" in text
    assert "Texte retiré" not in text
    assert "Karim B." in text
    assert len(reader.pages) >= 4


def test_pdf_is_cached_until_the_issue_or_an_article_changes(
    client, make_article, make_issue, monkeypatch
):
    import gazette.models.issue as issue_module

    calls = []

    def fake_render(html, base_url):
        calls.append(html)
        return b"%PDF-1.7 fake"

    monkeypatch.setattr(issue_module, "render_pdf", fake_render)
    article = make_article(title="Le marché")
    issue = make_issue([article], number=3)
    url = issue.url + "imprimer/pdf/"
    assert client.get(url).content == b"%PDF-1.7 fake"
    client.get(url)
    assert len(calls) == 1

    article.title = "Le marché du samedi"
    article.save_revision().publish()
    client.get(url)
    assert len(calls) == 2
    assert "Le marché du samedi" in calls[-1]


def test_pdf_fetcher_never_uses_the_network():
    from gazette.print_edition import LocalFilesOnly, read_local

    with pytest.raises(LocalFilesOnly):
        read_local("https://example.org/image.png")
    with pytest.raises(LocalFilesOnly):
        read_local("http://testserver/media/../secret_key")
    assert read_local("http://testserver/static/css/print-edition.css").startswith(b"/*")


# Feeds, sitemap, home


def test_gazette_feed(client, gazette, make_article, rubrique):
    article = make_article(title="Vide-grenier & brocante", rubrique=rubrique, tags=["fête"])
    make_article(title="Brouillon", live=False)
    response = client.get(gazette.url + "flux/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == gazette.title
    assert [entry.title for entry in feed.entries] == ["Vide-grenier & brocante"]
    entry = feed.entries[0]
    assert entry.link.endswith(article.url)
    assert entry.author == "Fatou D."
    assert {tag.term for tag in entry.tags} == {"Portraits", "fête"}


def test_all_quartiers_feed(client, make_article, other_gazette):
    here = make_article(title="Ici")
    there = make_article(title="Là-bas", parent=other_gazette)
    make_article(title="Pas encore", parent=other_gazette, live=False)
    response = client.get("/gazettes/flux/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert {entry.title for entry in feed.entries} == {here.title, there.title}


def test_home_advertises_the_all_quartiers_feed(client, home, quartier):
    html = content(client.get(home.url))
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*/gazettes/flux/', html
    )


def test_home_and_quartier_show_latest_articles(client, home, quartier, make_article):
    article = make_article(title="Les nouvelles du marché")
    make_article(title="Brouillon du marché", live=False)
    for page in (home, quartier):
        html = content(client.get(page.url))
        assert article.title in html
        assert "Brouillon du marché" not in html


def test_sitemap_lists_published_articles_and_easy_versions(client, make_article):
    article = make_article(easy_read="<p>Facile.</p>")
    draft = make_article(live=False)
    withdrawn = make_article()
    withdrawn.unpublish()
    xml = content(client.get("/sitemap.xml"))
    assert article.full_url in xml
    assert article.full_url + "facile-a-lire/" in xml
    assert f"/{draft.slug}/" not in xml
    assert f"/{withdrawn.slug}/" not in xml


def test_portal_path_of_a_quartier_with_its_own_hostname_redirects_sub_paths(
    client, gazette, make_article
):
    from wagtail.models import Site

    article = make_article(easy_read="<p>Facile.</p>")
    Site.objects.create(hostname="planoise.example.org", port=80, root_page=gazette.get_parent())
    response = client.get(f"/planoise/gazette/{article.slug}/facile-a-lire/")
    assert response.status_code == 301
    assert response["Location"] == (
        f"http://planoise.example.org/gazette/{article.slug}/facile-a-lire/"
    )
    feed = client.get("/planoise/gazette/flux/")
    assert feed["Location"] == "http://planoise.example.org/gazette/flux/"
