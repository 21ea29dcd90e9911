"""A resident on a phone sends an article with a photo (without JavaScript, then with it);
the quartier's animateur opens it, corrects it and approves it; the resident's status link
then says it is published. Every form and error state is clean for axe-core."""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from .conftest import VIEWPORTS, assert_accessible, log_in

pytestmark = pytest.mark.e2e

QUARTIER = "/planoise/"
# Production settings drop forms sent faster than a person can fill them.
HUMAN_PAUSE_MS = 3200
PHOTOS_SHOW = "Les étals du marché, le samedi matin."


@pytest.fixture
def photo_file(tmp_path):
    path = tmp_path / "marche.jpg"
    Image.new("RGB", (800, 600), (30, 120, 180)).save(path, format="JPEG")
    return path


def phone(browser, live_server_url, javascript):
    context = browser.new_context(
        base_url=live_server_url,
        locale="fr-FR",
        java_script_enabled=javascript,
        **VIEWPORTS["phone"],
    )
    context.set_default_timeout(10_000)
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(live_server_url) else route.abort()
        ),
    )
    return context


def send_an_article(page, title, photo_file, shots_dir, name):
    page.goto(QUARTIER)
    page.locator("nav.section-nav").get_by_role("link", name="Participer").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Écrire un article").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Écrire un article")
    assert_accessible(page)

    # Sent empty first: the messages are next to the questions, and axe-clean.
    page.get_by_role("button", name="Envoyer").click()
    expect(page.get_by_role("alert")).to_contain_text("Il manque quelque chose")
    expect(page.locator("#id_title-erreurs")).to_contain_text("Champ requis.")
    page.screenshot(path=str(shots_dir / f"participation-errors-{name}.png"), full_page=True)
    assert_accessible(page)

    page.get_by_label("Le titre de votre article").fill(title)
    page.get_by_label("Votre texte").fill("Le samedi, le marché.\n\nOn y croise tout le quartier.")
    page.get_by_label("Vos photos (6 au plus)").set_input_files(str(photo_file))
    page.get_by_label("Que voit-on sur vos photos ?").fill(PHOTOS_SHOW)
    page.get_by_label("Votre nom sur le site").fill("Aïcha")
    page.get_by_label("J'ai lu la charte et je suis d'accord.").check()
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.get_by_role("button", name="Envoyer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Merci !")
    assert_accessible(page)
    status_url = page.locator("a.status-link").get_attribute("href")
    page.goto(status_url)
    expect(page.locator(".status__label")).to_have_text("En attente de relecture")
    assert_accessible(page)
    return status_url


def test_a_resident_sends_an_article_and_follows_it_to_publication(
    browser, live_server_url, photo_file, shots_dir, responses
):
    without_js = phone(browser, live_server_url, javascript=False)
    status_url = send_an_article(
        without_js.new_page(), "Le marché sans JavaScript", photo_file, shots_dir, "nojs"
    )
    without_js.close()
    with_js = phone(browser, live_server_url, javascript=True)
    send_an_article(with_js.new_page(), "Le marché avec JavaScript", photo_file, shots_dir, "js")
    with_js.close()

    admin = browser.new_context(base_url=live_server_url, locale="fr-FR", **VIEWPORTS["desktop"])
    admin.set_default_timeout(15_000)
    page = admin.new_page()
    log_in(page, "animateur-planoise")
    expect(page.get_by_text(re.compile(r"contributions? d.habitants? à relire"))).to_be_visible()
    page.goto("/admin/contributions/")
    expect(page.get_by_role("link", name="Le marché sans JavaScript")).to_be_visible()
    expect(page.locator("img[src*='/admin/contributions/photos/']").first).to_be_visible()
    expect(page.get_by_text(f"selon l'habitant : « {PHOTOS_SHOW} »").first).to_be_visible()
    page.screenshot(path=str(shots_dir / "participation-moderation.png"), full_page=True)
    page.get_by_role("link", name="Le marché sans JavaScript").click()
    title = page.locator("#id_title")
    title.fill("Le marché du samedi")
    page.locator("[data-workflow-action-name='approve']").first.dispatch_event("click")
    # Approved: back on the gazette's listing, where the article now shows as published.
    expect(page.get_by_role("status")).to_contain_text("Le marché du samedi")
    row = page.get_by_role("row").filter(has_text="Le marché du samedi")
    expect(row).to_contain_text("publiée")
    admin.close()

    resident = phone(browser, live_server_url, javascript=False)
    page = resident.new_page()
    page.goto(status_url)
    expect(page.locator(".status__label")).to_have_text("Publiée")
    page.get_by_role("link", name="Voir ma contribution sur le site").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Le marché du samedi")
    expect(page.get_by_text("Aïcha").first).to_be_visible()
    # The resident's sentence is the photo's text for blind people.
    expect(page.get_by_role("img", name=PHOTOS_SHOW)).to_be_visible()
    assert_accessible(page)
    resident.close()
