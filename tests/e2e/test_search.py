"""A resident searches in chromium, on a phone and on a desktop: typed without accents in
the header of a quartier's page, the quartier's results first, then every quartier's, then a
result followed; a typo gets its suggestion; nothing found shows what helps. axe-core clean
on each state."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.e2e

QUARTIER = "Planoise"
SPACES_RE = re.compile(r"[\s\u00a0\u202f]+")


def plain(text):
    """`text` with its no-break spaces (French typography) as ordinary spaces."""
    return SPACES_RE.sub(" ", text).strip()


def search_from_header(page, text):
    form = page.locator(".site-header form[role=search]")
    # A combobox rather than a searchbox once search.js gives it the actors' names.
    form.locator("input[name=q]").fill(text)
    with page.expect_navigation():
        form.get_by_role("button", name="Rechercher").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recherche")


def test_search_without_accents_from_a_quartier_page(page, responses, viewport, shots_dir):
    page.goto(f"/{QUARTIER.lower()}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(QUARTIER)

    search_from_header(page, "memoire")
    expect(page.locator(".search-count")).to_contain_text("résultats")
    quartiers = page.locator(".result__quartier").all_inner_texts()
    assert quartiers
    assert set(quartiers) == {QUARTIER}
    expect(page.locator(".result__title", has_text="Ouvrez vos albums")).to_be_visible()
    expect(page.locator(".result__excerpt mark").first).to_have_text(re.compile("^[Mm]émoire"))
    page.screenshot(path=shots_dir / f"search-results-{viewport}.png", full_page=True)
    assert_accessible(page)

    page.locator(".search-switch").get_by_role(
        "link", name="Chercher dans tous les quartiers"
    ).click()
    expect(page.locator(".search-switch")).to_have_count(0)  # the new page is there
    expect(page.locator(".search-count")).to_contain_text("résultats")
    assert set(page.locator(".result__quartier").all_inner_texts()) - {QUARTIER}

    first = page.locator(".result__title a").first
    title = plain(first.inner_text())
    first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert plain(page.get_by_role("heading", level=1).inner_text()) == title
    responses.assert_clean()


def test_a_typo_gets_a_suggestion_and_nothing_found_helps(page, responses, viewport, shots_dir):
    page.goto(f"/{QUARTIER.lower()}/")
    search_from_header(page, "atelir")
    expect(page.locator(".search-empty")).to_contain_text("Rien trouvé")
    suggestion = page.locator(".search-suggestion")
    expect(suggestion).to_contain_text("Vouliez-vous dire")
    page.screenshot(path=shots_dir / f"search-suggestion-{viewport}.png", full_page=True)
    assert_accessible(page)

    suggestion.get_by_role("link").click()
    expect(page.locator(".search-count")).to_contain_text("résultats pour")
    expect(page.get_by_label("Que cherchez-vous ?")).to_have_value("atelier")
    expect(page.locator(".result").first).to_be_visible()

    search_from_header(page, "zzzqqq")
    expect(page.locator(".search-empty")).to_contain_text("Rien trouvé")
    expect(page.locator(".search-suggestion")).to_have_count(0)
    help_links = page.locator(".search-help a")
    expect(help_links.filter(has_text="Trouver un emploi")).to_be_visible()
    expect(help_links.filter(has_text=f"Bienvenue à {QUARTIER}")).to_be_visible()
    page.screenshot(path=shots_dir / f"search-empty-{viewport}.png", full_page=True)
    assert_accessible(page)
    responses.assert_clean()
