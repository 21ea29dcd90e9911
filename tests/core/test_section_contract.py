"""The section contract: what a section declares, and the check that reports a broken one."""

from types import SimpleNamespace

import pytest
from django.core.management import call_command

from core.checks import check_sections, section_errors
from core.models import SectionPage, latest_page_models, section_models
from gazette.models import ArticlePage, GazetteIndexPage
from home.models import QuartierPage


def fake_section(**declared):
    """A class with what the check reads of a section page type (no model is registered)."""
    attributes = {
        "section_slug": "agenda",
        "section_label": "Agenda",
        "section_description": "Les rendez-vous du quartier.",
        "animateur_permissions": ("gazette.view_rubrique",),
        "latest_page_types": (),
        "teaser_template": "",
        "portal_teaser_template": "",
        "_meta": SimpleNamespace(label="events.AgendaPage"),
        "clean_parent_page_models": classmethod(lambda cls: [QuartierPage]),
        **declared,
    }
    return type("FakeSection", (), attributes)


def error_ids(section, seen=None):
    return [error.id for error in section_errors(section, {} if seen is None else seen)]


def test_installed_sections_keep_the_contract():
    assert check_sections(None) == []
    call_command("check", fail_level="ERROR")


def test_a_well_formed_section_passes():
    assert error_ids(fake_section()) == []


@pytest.mark.parametrize(
    ("declared", "error_id"),
    [
        ({"section_slug": ""}, "core.E001"),
        ({"section_slug": "Mon Agenda"}, "core.E001"),
        ({"section_label": ""}, "core.E003"),
        ({"section_description": " "}, "core.E004"),
        ({"animateur_permissions": ("events.fly_rocket",)}, "core.E005"),
        ({"animateur_permissions": ("nowhere.add_thing",)}, "core.E005"),
        ({"latest_page_types": ("events.Nothing",)}, "core.E006"),
        ({"clean_parent_page_models": classmethod(lambda cls: [])}, "core.E007"),
        ({"teaser_template": "events/missing.html"}, "core.E008"),
        ({"portal_teaser_template": "events/missing.html"}, "core.E008"),
    ],
)
def test_a_broken_section_is_reported(declared, error_id):
    assert error_ids(fake_section(**declared)) == [error_id]


def test_two_sections_may_not_share_an_address():
    seen = {"gazette": "gazette.GazetteIndexPage"}
    assert error_ids(fake_section(section_slug="gazette"), seen) == ["core.E002"]


def test_the_quartier_accepts_every_installed_section_without_naming_it():
    sections = section_models()
    assert GazetteIndexPage in sections
    assert QuartierPage.allowed_subpage_models() == sections
    assert all(issubclass(model, SectionPage) for model in sections)
    orders = [model.section_order for model in sections]
    assert orders == sorted(orders)
    assert ArticlePage in latest_page_models()


@pytest.mark.django_db
def test_sections_are_named_the_same_in_every_quartier(client, home):
    from home.factories import QuartierPageFactory

    for name in ("Planoise", "Kérourien"):
        quartier = QuartierPageFactory(title=name)
        gazette = GazetteIndexPage.objects.child_of(quartier).get()
        gazette.title = f"Le journal de {name}"
        gazette.save_revision().publish()
        html = client.get(quartier.url).content.decode()
        # The menu and the tile say "Gazette"; the tile also gives the paper's own name.
        assert '<a href="/' + quartier.slug + '/gazette/">Gazette</a>' in html
        assert f"Le journal de {name}" in html
        assert "Le journal écrit par les habitants du quartier." in html
        breadcrumb = client.get(gazette.url).content.decode()
        assert '<span aria-current="page">Gazette</span>' in breadcrumb
