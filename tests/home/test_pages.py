"""The portal's page types: tree rules, rendering, search, sitemap and robots.txt."""

import datetime

import pytest
from django.test import Client
from wagtail.models import Page, Site

from home.models import HomePage, QuartierPage

pytestmark = pytest.mark.django_db


def test_home_page_is_the_root_of_the_default_site(home, default_site):
    assert default_site.root_page.specific == home
    assert home.url == "/"


def test_tree_rules(home, quartier):
    assert QuartierPage.can_create_at(home)
    assert not QuartierPage.can_create_at(quartier)
    assert not HomePage.can_create_at(quartier)
    # The portal has one front door.
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_home_lists_live_quartiers_only(client, home, make_quartier):
    make_quartier("Planoise", "Besançon")
    make_quartier("Kérourien", "Brest", live=False)
    response = client.get("/")
    assert response.status_code == 200
    assert "Planoise" in response.text
    assert "Besançon" in response.text
    assert "Kérourien" not in response.text


def test_home_query_count_does_not_grow_with_quartiers(
    client, make_quartier, django_assert_max_num_queries
):
    make_quartier("Un", "Ville")
    client.get("/")  # warm the site-root cache
    with django_assert_max_num_queries(30) as few:
        client.get("/")
    for index in range(6):
        make_quartier(f"Quartier {index}", "Ville")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/")


def test_quartier_page_shows_its_digital_space(client, quartier):
    quartier.epn_opening_hours = "Mo 14:00-18:00; PH off"
    quartier.save_revision().publish()
    response = client.get("/planoise/")
    assert response.status_code == 200
    assert "<h1>Planoise</h1>" in response.text
    assert "Cyber-base Planoise" in response.text
    assert "3 rue de la Fontaine" in response.text
    assert "Lundi" in response.text
    assert "14 h – 18 h" in response.text
    assert "Fermé les jours fériés." in response.text
    # Whether the space is open now, on the page and in the footer.
    assert response.text.count(quartier.epn_status.label) >= 2
    assert 'lang="fr"' in response.text
    assert 'href="#contenu"' in response.text
    assert 'role="search"' in response.text


def test_opening_days_list_the_week_and_mark_today(quartier):
    quartier.epn_opening_hours = "Tu 09:00-12:00,14:00-18:00; Th 09:00-12:00"
    thursday = datetime.date(2026, 5, 7)
    days = quartier.opening_days(today=thursday)
    assert [day.name for day in days] == [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
    ]  # fmt: skip
    assert [len(day.slots) for day in days] == [0, 2, 0, 1, 0, 0, 0]
    assert [day.is_today for day in days] == [False, False, False, True, False, False, False]
    assert days[1].hours == "9 h – 12 h, 14 h – 18 h"


def test_epn_opening_hours_that_do_not_parse_are_refused(quartier):
    from django.core.exceptions import ValidationError

    quartier.epn_opening_hours = "lundi 9h-12h"
    with pytest.raises(ValidationError) as error:
        quartier.full_clean()
    assert "Exemple" in str(error.value)


def test_french_404(client, home):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Cette page n'existe pas" in response.content.decode()


def test_500_template_renders_without_context():
    from django.template.loader import get_template

    html = get_template("500.html").render()
    assert "Le site a un problème" in html
    assert 'lang="fr"' in html


def test_search_finds_live_pages_only(client, make_quartier):
    make_quartier("Planoise", "Besançon")
    make_quartier("Clairière", "Besançon", live=False)
    response = client.get("/recherche/", {"q": "Besançon"})
    assert response.status_code == 200
    assert "Planoise" in response.text
    assert "Clairière" not in response.text


@pytest.mark.parametrize("page", ["0", "-1", "999", "abc", "1e9"])
def test_search_junk_page_number_gives_a_page(client, quartier, page):
    response = client.get("/recherche/", {"q": "Planoise", "page": page})
    assert response.status_code == 200


def test_search_without_query_shows_the_form(client, home):
    response = client.get("/recherche/")
    assert response.status_code == 200
    assert "Que cherchez-vous" in response.text


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_sitemap_lists_live_pages(client, make_quartier):
    make_quartier("Planoise", "Besançon")
    make_quartier("Clairière", "Besançon", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<loc>http://localhost/planoise/</loc>" in response.text
    assert "clairiere" not in response.text


def test_security_headers_on_public_pages(client, home):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


class TestQuartierWithItsOwnHostname:
    """A quartier can be the root of its own site: links, menus and sitemaps follow."""

    @pytest.fixture
    def quartier_site(self, make_quartier):
        quartier = make_quartier("Planoise", "Besançon", hostname="planoise.example.org")
        return quartier, Site.objects.get(hostname="planoise.example.org")

    def test_it_is_served_at_its_hostname(self, quartier_site):
        response = Client(HTTP_HOST="planoise.example.org").get("/")
        assert response.status_code == 200
        assert "<h1>Planoise</h1>" in response.text

    def test_the_portal_links_to_its_hostname(self, client, quartier_site):
        response = client.get("/")
        assert 'href="http://planoise.example.org/"' in response.text

    def test_its_pages_link_back_to_the_portal(self, quartier_site):
        response = Client(HTTP_HOST="planoise.example.org").get("/")
        assert 'href="http://localhost/" class="site-header__portal"' in response.text
        assert 'href="/" class="site-header__quartier"' in response.text

    def test_the_portal_redirects_its_path_to_the_hostname(self, client, quartier_site):
        response = client.get("/planoise/?page=2")
        assert response.status_code == 301
        assert response["Location"] == "http://planoise.example.org/?page=2"

    def test_sitemaps_are_split_by_site(self, client, quartier_site):
        portal_map = client.get("/sitemap.xml").text
        assert "planoise" not in portal_map
        quartier_map = Client(HTTP_HOST="planoise.example.org").get("/sitemap.xml").text
        assert "<loc>http://planoise.example.org/</loc>" in quartier_map
        assert "localhost" not in quartier_map

    def test_search_stays_in_the_quartier(self, make_quartier, quartier_site):
        make_quartier("Clairs-Soleils", "Besançon")
        response = Client(HTTP_HOST="planoise.example.org").get("/recherche/", {"q": "Besançon"})
        assert "Planoise" in response.text
        assert "Clairs-Soleils" not in response.text
