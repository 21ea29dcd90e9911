"""On a 320-pixel-wide screen (an old phone, or a desktop zoomed to 400 %), no page scrolls
sideways (WCAG 2.2 1.4.10, RGAA 10.11). Pages are found by following the site's own links:
the quartier's sections, then the first page each section lists, and the forms residents use."""

import pytest

pytestmark = pytest.mark.e2e

QUARTIER = "/planoise/"
FIXED = [
    "/",
    QUARTIER,
    "/agendas/",
    "/recherche/?q=atelier",
    f"{QUARTIER}participer/article/",
    f"{QUARTIER}annuaire/agence-ginko-planoise/",  # the week's hours, split twice a day
]

# Where a section lists its pages: the first link found leads to one page of each type.
LISTED = ".card a, .event-card a, .actor-grid a, .memoire-browse__results a, .guide-step a"

OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def links(page, selector):
    return page.locator(selector).evaluate_all("found => found.map((a) => a.href)")


def test_no_page_scrolls_sideways_on_a_320_pixel_screen(browser, live_server_url, responses):
    context = browser.new_context(
        base_url=live_server_url, locale="fr-FR", viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    page.on("response", responses.on_response)
    page.goto(QUARTIER)
    sections = dict.fromkeys(links(page, "nav.section-nav a"))
    to_visit = dict.fromkeys(live_server_url + path for path in FIXED) | sections
    for section in sections:
        page.goto(section)
        listed = links(page, f"main :is({LISTED})")
        if listed:
            to_visit[listed[0]] = None
    assert len(to_visit) >= 12, list(to_visit)

    overflowing = {}
    for url in to_visit:
        page.goto(url)
        culprits = page.evaluate(OVERFLOW)
        if culprits:
            overflowing[url] = culprits
    context.close()
    assert not overflowing, f"Scrolls sideways at 320 px: {overflowing}"
    responses.assert_clean()
