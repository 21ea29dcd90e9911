"""An editor on the public site, in chromium: the strict Content-Security-Policy holds for
them too, and Wagtail's user bar and the admin's preview still work."""

import pytest
from playwright.sync_api import expect

from .conftest import log_in

pytestmark = pytest.mark.e2e

# Every Content-Security-Policy violation of every document (pages and frames) of a context.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`
    );
});
"""


def violations(page_or_frame):
    return page_or_frame.evaluate("window.__cspViolations")


def test_an_editor_gets_the_strict_policy_and_the_user_bar_and_preview_work(page, responses):
    page.context.add_init_script(RECORD_VIOLATIONS)
    log_in(page, "admin")

    response = page.goto("/planoise/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    trigger = page.locator("#wagtail-userbar-trigger")
    expect(trigger).to_be_visible()
    # Styled by its own stylesheet (no inline style needed): fixed in a corner of the screen.
    assert page.locator(".w-userbar").evaluate("el => getComputedStyle(el).position") == "fixed"
    trigger.click()
    expect(page.locator("#wagtail-userbar-items")).to_be_visible()
    expect(trigger).to_have_attribute("aria-expanded", "true")
    assert violations(page) == []

    # The admin's preview panel frames the page (an admin URL, under the admin's policy).
    with page.expect_navigation():
        page.locator("#wagtail-userbar-items a[href*='/edit/']").first.click()
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_contain_text("Planoise")
    preview_frame = next(frame for frame in page.frames if "/preview/" in frame.url)
    assert violations(preview_frame) == []
    assert violations(page) == []
    responses.assert_clean()
