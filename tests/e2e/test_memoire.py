"""A visitor in chromium walks Sainte-Musse's timeline, opens a then-and-now pair (with and
without JavaScript), reads an audio memory's transcript and jumps in the project's film.
Every page type of the archive is clean for axe-core, on a phone and on a desktop."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import VIEWPORTS, assert_accessible

pytestmark = pytest.mark.e2e

ARCHIVE = "/sainte-musse/memoire/"
PAIR = ARCHIVE + "la-tour-a-aujourd-hui/"
COLLECTION = ARCHIVE + "de-l-apres-guerre-a-aujourd-hui/"


def shoot(page, shots_dir, name, viewport):
    page.screenshot(path=str(shots_dir / f"memoire-{name}-{viewport}.png"), full_page=True)


def test_walk_the_timeline_and_read_an_audio_transcript(page, responses, viewport, shots_dir):
    response = page.goto(ARCHIVE)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("La mémoire de Sainte-Musse")
    timeline = page.get_by_role("navigation", name="Choisir une époque")
    expect(timeline.get_by_role("link")).to_have_count(6)  # 1950s to 2010s, none in the 2000s
    shoot(page, shots_dir, "timeline", viewport)
    assert_accessible(page)

    timeline.get_by_role("link", name=re.compile(r"^années 1960")).click()
    expect(page).to_have_url(re.compile(r"\?decennie=1960$"))
    expect(timeline.locator("[aria-current='page']")).to_contain_text("années 1960")
    expect(page.get_by_role("heading", name="6 souvenirs")).to_be_visible()
    assert_accessible(page)

    # The filters combine: the 1960s, then audio recordings only.
    page.get_by_role("link", name=re.compile(r"^Enregistrement audio \(\d+\)")).click()
    expect(page).to_have_url(re.compile(r"decennie=1960&type=audio"))
    expect(page.get_by_role("heading", name="2 souvenirs")).to_be_visible()
    expect(page.locator(".active-filters .chip--remove")).to_have_count(2)

    page.get_by_role("link", name="Mme Rose raconte son arrivée").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mme Rose raconte son arrivée")
    expect(page.locator("audio")).to_have_count(1)
    transcript = page.locator("details.transcript")
    expect(transcript).to_have_attribute("open", "")
    expect(transcript).to_contain_text("Ma mère a pleuré de joie.")
    expect(page.locator("meta[name='DC.type']")).to_have_attribute("content", "Sound")
    shoot(page, shots_dir, "audio", viewport)
    assert_accessible(page)
    responses.assert_clean()


def test_open_a_then_and_now_pair(page, responses, viewport, shots_dir):
    page.goto(ARCHIVE + "?lieu=la-tour-a")
    page.get_by_role("link", name="La tour A aujourd'hui").click()
    expect(page).to_have_url(re.compile(re.escape(PAIR) + "$"))
    pair = page.locator(".then-now")
    expect(pair.get_by_role("heading", name="Hier et aujourd’hui")).to_be_visible()
    expect(pair).to_contain_text("Avant · 1985")
    expect(pair).to_contain_text("Après · 2011")
    # JavaScript turns the two photos into one picture with a slider.
    slider = pair.get_by_role("slider", name="Glisser pour comparer les deux photos")
    expect(slider).to_be_visible()
    slider.focus()
    page.keyboard.press("End")
    split = pair.locator(".then-now__stage").evaluate(
        "(stage) => stage.style.getPropertyValue('--split')"
    )
    assert split == "100%"
    shoot(page, shots_dir, "pair", viewport)
    assert_accessible(page)

    pair.get_by_role("link", name="La tour A en 1985").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("La tour A en 1985")
    expect(page.locator(".then-now")).to_contain_text("Après · 2011")
    assert_accessible(page)
    responses.assert_clean()


def test_without_javascript_both_photos_show_side_by_side(browser, live_server_url, viewport):
    context = browser.new_context(
        base_url=live_server_url, java_script_enabled=False, **VIEWPORTS[viewport]
    )
    page = context.new_page()
    page.goto(PAIR)
    images = page.locator(".then-now__side img")
    expect(images).to_have_count(2)
    first, second = (images.nth(index).bounding_box() for index in range(2))
    assert first["width"] > 100
    assert second["x"] > first["x"] + first["width"] - 1  # side by side
    assert abs(first["y"] - second["y"]) < 2
    expect(page.get_by_role("slider")).to_have_count(0)
    context.close()


def test_a_project_and_its_film_chapters(page, responses, viewport, shots_dir):
    page.goto(ARCHIVE)
    page.get_by_role("link", name="De l'après-guerre à aujourd'hui").click()
    expect(page).to_have_url(re.compile(re.escape(COLLECTION) + "$"))
    expect(page.get_by_role("heading", name="Les partenaires")).to_be_visible()
    # The enhancement is a deferred script: it has run once the document is parsed. A click
    # before that is a plain link (the page reloads at the chapter), which is what we test
    # without JavaScript, not here.
    page.wait_for_load_state("domcontentloaded")
    chapter = page.get_by_role("link", name=re.compile(r"0:16\s+Venus d'ailleurs"))
    url_before = page.url
    chapter.click()
    # With JavaScript the player moves without a new page (without it, the link reloads the
    # page with the chapter chosen: `?t=16`).
    expect(chapter).to_have_attribute("aria-current", "true")
    assert page.url == url_before
    expect(page.locator(".memoire-ordered > li")).to_have_count(8)
    shoot(page, shots_dir, "collection", viewport)
    assert_accessible(page)
    responses.assert_clean()


def test_a_chapter_moves_the_player(browser, live_server_url, viewport):
    """In a context of its own: the `page` fixture's request routing makes media unseekable."""
    context = browser.new_context(base_url=live_server_url, **VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(COLLECTION)
    page.get_by_role("link", name=re.compile(r"0:16\s+Venus d'ailleurs")).click()
    # The recording loads first if needed (its server sends it whole), then the player jumps.
    page.wait_for_function("() => document.getElementById('film-player').currentTime >= 15")
    context.close()


def test_the_memory_of_the_day_on_the_portal_and_the_quartier(page, responses):
    page.goto("/")
    teaser = page.locator(".memory-of-the-day")
    expect(teaser.get_by_role("heading", name="Le souvenir du jour")).to_be_visible()
    link = teaser.locator(".card__title a")
    title = link.inner_text()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert_accessible(page)
    page.goto("/sainte-musse/")
    tile = page.locator(".section-tile", has=page.get_by_role("link", name="Mémoire", exact=True))
    expect(tile).to_contain_text("Le souvenir du jour")
    responses.assert_clean()


def test_the_archive_export(page):
    export = page.request.get(ARCHIVE + "export/")
    assert export.status == 200
    data = export.json()
    assert data["item_count"] == 18
    assert data["collections"][0]["dcterms:title"] == ["De l'après-guerre à aujourd'hui"]
