"""The demo's directories and guides (annuaire/demo_data/*.yaml): their structure, and
loading them (idempotent)."""

import pytest
from django.core.validators import EmailValidator

from annuaire.demo import actor_items, directory_data, guide_data, kinds_data, load_annuaires
from annuaire.models import ActorPage, AnnuairePage, NewcomersGuidePage
from annuaire.vocabulary import Cost, DigitalService, Kind, Need, Public, Wheelchair
from core.demo import data_files, read_data
from core.opening_hours import opening_hours_errors
from home.demo import quartier_fields
from home.quartiers import create_quartier

QUARTIERS = read_data("home", "quartiers.yaml")["quartiers"]
ACTOR_KEYS = {
    "name", "kind", "street", "address_extra", "needs", "services", "audience", "publics",
    "hours", "note", "phone", "email", "bus", "languages", "cost", "cost_details",
    "wheelchair", "digital", "appointment", "checked_days_ago",
}  # fmt: skip
KIND_KEYS = {
    "needs", "services", "audience", "publics", "hours", "note", "cost", "cost_details",
    "languages", "wheelchair", "digital", "appointment",
}  # fmt: skip


def check_actor_values(values, where):
    assert set(values.get("needs", [])) <= set(Need.values), where
    assert set(values.get("publics", [])) <= set(Public.values), where
    assert set(values.get("digital", [])) <= set(DigitalService.values), where
    assert values.get("cost", "") in {"", *Cost.values}, where
    assert values.get("wheelchair", "") in {"", *Wheelchair.values}, where
    if "hours" in values:
        assert opening_hours_errors(values["hours"]) == [], where
    for line in values.get("services", []):
        assert line.strip(), where
        assert len(line) <= 120, (where, line)  # short sentences


def test_the_data_files_are_the_ones_expected():
    slugs = {entry["slug"] for entry in QUARTIERS}
    assert set(data_files("annuaire")) == {f"{slug}.yaml" for slug in slugs} | {
        "guide.yaml",
        "kinds.yaml",
    }


def test_every_kind_has_well_formed_defaults():
    kinds = kinds_data()
    assert set(kinds) <= set(Kind.values)
    for kind, values in kinds.items():
        assert set(values) <= KIND_KEYS, kind
        assert values["needs"], kind
        assert values["services"], kind
        check_actor_values(values, kind)
        if kind != "epn":  # the digital space's hours are the quartier's
            assert "hours" in values, kind


@pytest.mark.parametrize("entry", QUARTIERS, ids=[entry["slug"] for entry in QUARTIERS])
def test_each_demo_quartier_has_10_to_20_well_formed_actors(entry):
    data = directory_data(entry["slug"])
    assert data is not None
    assert data["intro"].strip()
    assert len(data["center"]) == 2
    assert data["bus"].strip()
    items = actor_items(entry, data)
    assert 10 <= len(items) <= 20
    names = [item["name"] for item in items]
    assert len(names) == len(set(names))
    kinds = {item["kind"] for item in items}
    assert Kind.CAF in kinds
    assert kinds & {Kind.MAIRIE, Kind.MAIRIE_ANNEXE}
    for item in items:
        assert set(item) <= ACTOR_KEYS, item["name"]
        assert item["kind"] in kinds_data(), item["name"]
        assert item["street"].strip()
        check_actor_values(item, item["name"])
        if "email" in item:
            EmailValidator()(item["email"])
            assert item["email"].endswith(".example.org")
        if "phone" in item:
            assert item["phone"].startswith("01 99 ")
    # Realistic hours: a lunch break and a public-holiday rule somewhere.
    hours = [item.get("hours") or kinds_data()[item["kind"]].get("hours", "") for item in items]
    assert any("," in text for text in hours)
    assert all("PH off" in text for text in hours if "Mo-Su" not in text)


def test_the_guide_is_written_in_short_lines():
    guide = guide_data()
    assert "{quartier}" in guide["title"]
    assert all(len(line) <= 90 for line in guide["intro"])
    assert 5 <= len(guide["steps"]) <= 12
    for step in guide["steps"]:
        assert set(step) <= {"title", "kinds", "lines", "bring", "link"}
        assert set(step["kinds"]) <= set(Kind.values)
        assert step["lines"]
        for line in step["lines"]:
            assert len(line) <= 90, line  # one idea per line
            assert line.count(". ") == 0, line


def test_loading_the_demo_directory_twice_creates_it_once(home):
    entry = next(entry for entry in QUARTIERS if entry["slug"] == "planoise")
    quartier = create_quartier(
        entry["name"], entry["city"], slug=entry["slug"], **quartier_fields(entry)
    )
    logs = []
    load_annuaires(logs.append)
    annuaire = AnnuairePage.objects.child_of(quartier).get()
    actors = ActorPage.objects.child_of(annuaire)
    assert actors.count() == len(actor_items(entry, directory_data("planoise")))
    assert all(actor.live for actor in actors)
    assert actors.stale().exists()  # some are due for a check, for the demo of freshness
    caf = actors.get(kind="caf")
    assert caf.schedule
    guide = NewcomersGuidePage.objects.child_of(quartier).get()
    assert guide.title == "Bienvenue à Planoise"
    steps = guide.step_values()
    assert len(steps) == len(guide_data()["steps"])
    assert caf.pk in [page.pk for step in steps for page in step["actors"]]

    counts = (actors.count(), guide.revisions.count(), annuaire.revisions.count())
    load_annuaires(logs.append)
    assert (actors.count(), guide.revisions.count(), annuaire.revisions.count()) == counts
