"""A visitor's walk through the demo, in chromium, on a phone and on a desktop.

Every page visited must answer without any 4xx/5xx (document and subresources) and be
clean for axe-core. Sections are discovered from the quartier page, never hard-coded.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.e2e

QUARTIER = "Bellefontaine"
SEARCH_WORD = "informatique"

# Makes lazy images load now, then waits for every image; returns the broken ones.
LOAD_IMAGES = """async () => {
    const images = [...document.images];
    images.forEach((img) => { img.loading = "eager"; });
    await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
        img.addEventListener("load", done, { once: true });
        img.addEventListener("error", done, { once: true });
    })));
    return images.filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src);
}"""


def assert_images_load(page):
    broken = page.evaluate(LOAD_IMAGES)
    assert not broken, f"Broken images on {page.url}: {broken}"


def assert_page_basics(page):
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("a[href='#contenu']").first).to_be_attached()
    expect(page.locator("#contenu")).to_have_count(1)
    expect(page.get_by_role("heading", level=1)).to_have_count(1)


def hrefs(page, selector):
    return page.locator(selector).evaluate_all("links => links.map((a) => a.href)")


def test_home_quartier_and_sections(page, responses, viewport, shots_dir):
    response = page.goto("/")
    assert response.status == 200
    assert_page_basics(page)
    skip_link = page.locator("a[href='#contenu']").first
    expect(skip_link).to_have_text(re.compile(r"\S"))
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    search = page.get_by_role("search")
    expect(search).to_have_count(1)
    expect(search.locator("input[name=q]")).to_be_visible()
    assert_images_load(page)
    assert_accessible(page)

    quartier_links = page.locator(".quartier-card__link")
    assert quartier_links.count() >= 1, "The home page lists no quartier"
    link = page.get_by_role("link", name=re.compile(rf"^{QUARTIER}\b"))
    expect(link).to_have_count(1)
    with page.expect_navigation() as navigation:
        link.click()
    assert navigation.value.status == 200
    quartier_url = page.url
    assert_page_basics(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(QUARTIER)
    expect(page.locator("nav.section-nav")).to_be_visible()
    assert_images_load(page)
    page.screenshot(path=str(shots_dir / f"quartier-{viewport}.png"), full_page=True)
    assert_accessible(page)

    sections = []
    for href in hrefs(page, "nav.section-nav a") + hrefs(page, ".section-tile a"):
        if href != quartier_url and href not in sections:
            sections.append(href)
    for href in sections:
        response = page.goto(href)
        assert response is not None, href
        assert response.status == 200, f"{href}: {response.status}"
        assert_page_basics(page)
        breadcrumb = page.locator("nav.breadcrumb")
        expect(breadcrumb).to_be_visible()
        expect(breadcrumb.get_by_role("link", name=QUARTIER)).to_have_count(1)
        expect(breadcrumb.locator("[aria-current='page']")).to_have_count(1)
        assert_images_load(page)
        assert_accessible(page)

    responses.assert_clean()


def test_search(page, responses):
    page.goto("/")
    header = page.locator("header.site-header")
    header.locator("input[name=q]").fill(SEARCH_WORD)
    with page.expect_navigation() as navigation:
        header.get_by_role("button", name="Rechercher").click()
    assert navigation.value.status == 200
    assert re.search(rf"/recherche/\?q={SEARCH_WORD}$", page.url), page.url
    assert_page_basics(page)
    expect(page.get_by_role("status")).to_contain_text(f"« {SEARCH_WORD} »")
    results = page.locator("ol.results > li")
    assert results.count() >= 1, f"No result for « {SEARCH_WORD} »"
    expect(results.first.get_by_role("link")).to_be_visible()
    assert_accessible(page)
    responses.assert_clean()


def test_not_found_page_in_french(page, responses, live_server_url):
    url = f"{live_server_url}/pas-une-page/"
    responses.allow(url, 404)
    response = page.goto(url)
    assert response.status == 404
    assert_page_basics(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Cette page n'existe pas")
    assert_accessible(page)
    responses.assert_clean()


def test_admin_login_page(page, responses):
    response = page.goto("/admin/login/")
    assert response.status == 200
    expect(page.locator("input[name='username']")).to_be_visible()
    expect(page.locator("input[name='password']")).to_be_visible()
    responses.assert_clean()
