"""A newcomer in chromium, on a phone and on a desktop: from the portal's home to the CAF's
opening hours in fewer than four clicks, then the guide, step by step, and its checklist
printed. Every page type of the directory and the guide is clean for axe-core."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import assert_accessible

pytestmark = pytest.mark.e2e

QUARTIER = "Planoise"
CAF = "CAF du Doubs, accueil de Planoise"


def pdf_pages(page):
    """What printing the page gives: its PDF from chromium, A4, read back."""
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    page.emulate_media(media="screen")
    return [sheet.extract_text() for sheet in reader.pages]


def test_a_newcomer_finds_the_caf_hours_in_fewer_than_4_clicks(
    page, responses, viewport, shots_dir
):
    page.goto("/")
    clicks = 0

    page.locator(".quartier-card__link", has_text=QUARTIER).click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_have_text(QUARTIER)

    page.locator(".section-tile__label a", has_text="Annuaire").click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Papiers et démarches")).to_be_visible()
    page.screenshot(path=shots_dir / f"annuaire-directory-{viewport}.png", full_page=True)
    assert_accessible(page)

    page.get_by_role("link", name=CAF).first.click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_have_text(CAF)
    hours = page.get_by_role("table", name="Horaires de cette semaine")
    expect(hours).to_be_visible()
    expect(hours.get_by_role("rowheader", name="Lundi")).to_be_visible()
    expect(page.locator(".status").first).to_have_text(re.compile(r"^(Ouvert|Fermé)"))
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    assert clicks < 4
    page.screenshot(path=shots_dir / f"annuaire-actor-{viewport}.png", full_page=True)
    assert_accessible(page)
    responses.assert_clean()


def test_filters_work_without_javascript_quirks(page, responses, viewport, shots_dir):
    page.goto(f"/{QUARTIER.lower()}/annuaire/")
    page.get_by_label("Pour quoi").select_option(label="Trouver un emploi")
    page.get_by_label("Ouvert maintenant").check()
    page.get_by_role("button", name="Voir les lieux").click()
    expect(page).to_have_url(re.compile(r"besoin=emploi"))
    expect(page.get_by_role("status").first).to_contain_text("trouvé")
    assert_accessible(page)

    page.get_by_role("link", name="Trouver un emploi", exact=True).click()
    expect(page.get_by_role("heading", name="Trouver un emploi")).to_be_visible()
    expect(page.locator(".actor-card").first).to_be_visible()
    page.screenshot(path=shots_dir / f"annuaire-filtered-{viewport}.png", full_page=True)
    assert_accessible(page)

    response = page.goto(f"/{QUARTIER.lower()}/annuaire/?besoin=%01%27&type=" + "x" * 300)
    assert response.status == 200
    expect(page.locator(".notice")).to_be_visible()
    responses.assert_clean()


def test_the_printed_directory_fits_on_one_sheet(page, responses, viewport, shots_dir):
    page.goto(f"/{QUARTIER.lower()}/annuaire/")
    page.get_by_role("link", name="La liste à imprimer").click()
    expect(page.get_by_role("button", name="Imprimer")).to_be_visible()
    page.screenshot(path=shots_dir / f"annuaire-print-{viewport}.png", full_page=True)
    assert_accessible(page)
    sheets = pdf_pages(page)
    assert len(sheets) == 1, f"{len(sheets)} pages"
    assert "CAF du Doubs" in sheets[0]
    responses.assert_clean()


def test_a_newcomer_follows_the_guide_and_prints_the_checklist(
    page, responses, viewport, shots_dir
):
    page.goto("/")
    page.get_by_role("link", name=f"Bienvenue à {QUARTIER}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bienvenue à {QUARTIER}")
    step_count = page.locator(".guide-step").count()
    assert step_count >= 5

    page.get_by_role("link", name="Inscrivez-vous à la CAF").click()
    step = page.locator(".guide-step", has=page.get_by_role("heading", name=re.compile("CAF")))
    expect(step.first).to_be_in_viewport()
    step.first.get_by_role("link", name=CAF).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CAF)
    page.go_back()

    page.get_by_role("link", name="La liste à cocher, à imprimer").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bienvenue")
    print_button = page.get_by_role("button", name="Imprimer")
    expect(print_button).to_be_visible()  # revealed by print.js: scripts run under the CSP
    expect(page.locator(".checklist__item")).to_have_count(step_count)
    page.screenshot(path=shots_dir / f"bienvenue-checklist-{viewport}.png", full_page=True)
    assert_accessible(page)
    sheets = pdf_pages(page)
    text = "\n".join(sheets)
    assert "Inscrivez-vous à la CAF" in text
    assert "Imprimer" not in text  # the toolbar is not printed
    assert len(sheets) <= 2

    # The guide's full-page picture last: Chromium resizes a phone's screen for it, and a
    # click just after it could land on the layout of that moment (seen once in CI).
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bienvenue à {QUARTIER}")
    page.screenshot(path=shots_dir / f"bienvenue-{viewport}.png", full_page=True)
    assert_accessible(page)
    responses.assert_clean()
