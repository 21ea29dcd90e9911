"""A visitor in chromium browses the festival's editions, opens the programme, adds the
next edition to their calendar (.ics), then the month view, the archive, a venue and the
agenda of all quartiers; on a phone and on a desktop. Every agenda page type is axe-clean."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.e2e

AGENDA = "/noyer-renard/agenda/"
FESTIVAL = "Le festival des usages numériques"


def shoot(page, shots_dir, viewport, name):
    page.screenshot(path=shots_dir / f"events-{name}-{viewport}.png", full_page=True)


def check(page, shots_dir, viewport, name):
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)
    shoot(page, shots_dir, viewport, name)


def test_browse_the_festival_open_the_programme_and_download_the_ics(
    page, responses, viewport, shots_dir
):
    assert page.goto(AGENDA).status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("L'agenda du Noyer Renard")
    expect(page.locator('link[rel="alternate"][type="text/calendar"]')).to_have_count(1)
    subscribe = page.get_by_role("link", name="S’abonner à l’agenda")
    expect(subscribe).to_have_attribute("href", re.compile(r"^webcal://.+/agenda\.ics$"))
    check(page, shots_dir, viewport, "agenda")

    # The series: next edition first, then the past editions with their themes.
    page.get_by_role("link", name=FESTIVAL).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FESTIVAL)
    expect(page.get_by_role("heading", name="Les éditions passées")).to_be_visible()
    edition_2010 = page.locator(".editions li", has_text="Festival des usages numériques 2010")
    expect(edition_2010).to_contain_text("thème : les jeux vidéo")
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    check(page, shots_dir, viewport, "series")

    # A past edition, and back to the series from it.
    page.get_by_role("link", name="Festival des usages numériques 2010").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Festival des usages numériques 2010")
    expect(page.get_by_text("Thème : les jeux vidéo")).to_be_visible()
    check(page, shots_dir, viewport, "edition-past")
    page.locator(".event__series a").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FESTIVAL)

    # The next edition, its programme as a timetable, its printable programme.
    page.locator(".next-edition .event-card__title a").click()
    expect(page.get_by_role("heading", name="Le programme")).to_be_visible()
    expect(page.locator("table.programme")).to_have_count(2)
    expect(page.locator("table.programme th[scope=col]").first).to_have_text("Heure")
    check(page, shots_dir, viewport, "edition-next")
    event_url = page.url

    with page.expect_download() as download:
        page.get_by_role("link", name="Ajouter à mon agenda").click()
    ics = Calendar.from_ical(Path(download.value.path()).read_bytes())
    (vevent,) = ics.walk("VEVENT")
    assert str(vevent["UID"]).endswith("@quartiers")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    # The event's canonical address (its Wagtail site's), whatever host served the page.
    assert str(vevent["URL"]).endswith(urlsplit(event_url).path)

    page.get_by_role("link", name="Le programme à imprimer").click()
    expect(page).to_have_url(re.compile(r"/programme/$"))
    expect(page.get_by_role("button", name="Imprimer")).to_be_visible()
    check(page, shots_dir, viewport, "programme")
    responses.assert_clean()


def test_month_view_archive_and_filters(page, responses, viewport, shots_dir):
    page.goto(AGENDA)
    page.get_by_role("link", name="Mois par mois").click()
    expect(page.locator("table.month caption")).to_contain_text("rendez-vous")
    expect(page.locator("table.month th[scope=col]")).to_have_count(7)
    check(page, shots_dir, viewport, "month")
    page.locator(".month-nav a[rel=next]").click()
    expect(page).to_have_url(re.compile(r"/mois/\d{4}/\d{1,2}/$"))

    page.get_by_role("link", name="Ce qui s’est passé").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ce qui s’est passé en")
    page.get_by_role("link", name="2009", exact=True).click()
    expect(page.get_by_text("Festival des usages numériques 2009")).to_be_visible()
    check(page, shots_dir, viewport, "archive")

    page.goto(AGENDA)
    page.get_by_label("Type").select_option("atelier")
    page.get_by_role("button", name="Afficher").click()
    expect(page).to_have_url(re.compile(r"\?type=atelier"))
    expect(page.locator(".event-card")).to_have_count(1)
    responses.assert_clean()


def test_a_meetup_its_venue_and_all_quartiers(page, responses, viewport, shots_dir):
    page.goto("/nice-est/agenda/clic-a-oreilles/")
    expect(page.get_by_text("Annulé").first).to_be_visible()
    page.locator(".next-edition .event-card__title a").click()
    expect(page.get_by_role("heading", name="Les invités")).to_be_visible()
    page.locator(".facts a").first.click()
    expect(page.get_by_role("heading", name="Ce qui s’est passé ici")).to_be_visible()
    check(page, shots_dir, viewport, "venue")
    page.get_by_role("link", name="← Tous les lieux").click()
    check(page, shots_dir, viewport, "venues")

    page.goto("/agendas/")
    expect(page.get_by_role("heading", level=1)).to_have_text("L’agenda des quartiers")
    expect(page.locator(".event-card .card__kicker").first).to_be_visible()
    check(page, shots_dir, viewport, "portal")
    page.goto("/")
    expect(
        page.get_by_role("heading", name="Les prochains rendez-vous dans les quartiers")
    ).to_be_visible()
    assert_accessible(page)
    responses.assert_clean()
