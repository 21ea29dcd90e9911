"""Benchmark: a quartier's directory with 400 actors (queries and server time).

Run with `make bench` (or `.venv/bin/python -m pytest -m perf tests/perf/test_annuaire_perf.py -s`).
"""

import pytest

from annuaire.models import ActorPage
from annuaire.models.guide import step_data
from tests.annuaire.conftest import annuaire, guide  # noqa: F401 (fixtures)
from tests.annuaire.test_pages import bulk_actors
from tests.perf.measure import RUNS, measure

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ACTORS = 400
MAX_QUERIES = 15


def test_directory_with_400_actors(client, annuaire, guide):  # noqa: F811
    bulk_actors(annuaire, ACTORS)
    actors = list(ActorPage.objects.child_of(annuaire)[:3])
    guide.steps = [step_data("Allez à la CAF", ["Une ligne."], actors=actors)]
    guide.save_revision().publish()
    results = {
        "directory": measure(client, annuaire.url),
        "directory, filtered": measure(client, annuaire.url + "?besoin=papiers&ouvert=1"),
        "printable list": measure(client, annuaire.url + "imprimer/"),
        "LaMednum CSV": measure(client, annuaire.url + "donnees/lieux-mediation-numerique/"),
        "data·inclusion": measure(client, annuaire.url + "donnees/data-inclusion/"),
        "actor page": measure(client, actors[0].url),
        "guide": measure(client, guide.url),
    }
    print(f"\n{ACTORS} actors in one directory, median of {RUNS} requests (test client, SQLite):")
    for name, (queries, median_ms) in results.items():
        print(f"  {name:20} {queries:3d} queries  {median_ms:7.1f} ms")
    for queries, _median in results.values():
        assert queries <= MAX_QUERIES
