"""A reader in chromium: reads an article, switches to its easy version, opens an issue's
print edition. Every gazette page type is clean for axe-core."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.e2e

GAZETTE = "/planoise/gazette/"


def test_read_an_article_then_its_easy_version(page, responses):
    response = page.goto(GAZETTE)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Le Fil de Planoise")
    assert_accessible(page)

    card = page.locator(".article-card", has=page.locator(".card__easy")).first
    title = card.locator(".card__title a").inner_text()
    card.locator(".card__title a").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    expect(page.locator('meta[property="og:type"]')).to_have_attribute("content", "article")
    # Chromium has speech synthesis: the script reveals the "listen" button.
    expect(page.get_by_role("button", name="Écouter l’article")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Version facile à lire").click()
    expect(page).to_have_url(re.compile(r"/facile-a-lire/$"))
    expect(page.get_by_role("link", name="Version facile à lire")).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.locator(".easy-read p").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Version complète").click()
    expect(page.locator(".article__chapo")).to_be_visible()
    responses.assert_clean()


def test_open_an_issue_and_its_print_edition(page, responses):
    page.goto(GAZETTE)
    page.get_by_role("link", name="Lire le numéro").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Dans ce numéro")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Version à imprimer").first.click()
    expect(page).to_have_url(re.compile(r"/imprimer/$"))
    expect(page.get_by_role("heading", name="Sommaire")).to_be_visible()
    expect(page.get_by_role("button", name="Imprimer")).to_be_visible()
    assert_accessible(page)

    pdf_url = page.get_by_role("link", name="Télécharger le PDF").get_attribute("href")
    pdf = page.request.get(pdf_url)
    assert pdf.status == 200
    assert pdf.body().startswith(b"%PDF")
    responses.assert_clean()


def test_rubrique_filter_and_feed(page, responses):
    page.goto(GAZETTE)
    chip = page.locator(".filters .chip").nth(1)
    chip.click()
    expect(page.locator(".filters .chip[aria-current='page']")).to_have_count(1)
    assert_accessible(page)
    feed = page.request.get(GAZETTE + "flux/")
    assert feed.status == 200
    assert "<feed" in feed.text()
    responses.assert_clean()
