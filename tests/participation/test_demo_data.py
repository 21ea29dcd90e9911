import pytest

from core.demo import read_data
from home.factories import QuartierPageFactory
from participation.demo import load_contributions
from participation.kinds import kind_by_slug
from participation.models import Contribution

ENTRIES = read_data("participation", "contributions.yaml")["contributions"]
QUARTIERS = {entry["slug"] for entry in read_data("home", "quartiers.yaml")["quartiers"]}


def test_demo_contributions_are_well_formed():
    assert len({entry["quartier"] for entry in ENTRIES}) >= 3
    for entry in ENTRIES:
        assert entry["quartier"] in QUARTIERS
        assert kind_by_slug(entry["kind"]) is not None
        form = kind_by_slug(entry["kind"]).form_class
        assert set(entry["answers"]) - {"actor"} <= set(form.base_fields)
        assert entry["answers"]["public_name"].strip()
        assert 0 <= entry["photos"] <= 6


@pytest.mark.django_db
def test_demo_contributions_wait_for_review_once(home):
    QuartierPageFactory(title="Planoise", slug="planoise")
    load_contributions(lambda line: None)
    load_contributions(lambda line: None)
    contribution = Contribution.objects.get(kind="article")
    assert contribution.status == Contribution.Status.PENDING
    assert not contribution.page.live
    assert contribution.photos.count() == 2
    assert contribution.photos_show.startswith("Ma radio ouverte")
