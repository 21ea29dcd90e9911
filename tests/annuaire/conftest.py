import pytest

from annuaire.factories import ActorPageFactory
from annuaire.models import AnnuairePage, NewcomersGuidePage


@pytest.fixture
def annuaire(quartier):
    return AnnuairePage.objects.child_of(quartier).get()


@pytest.fixture
def other_annuaire(other_quartier):
    return AnnuairePage.objects.child_of(other_quartier).get()


@pytest.fixture
def guide(quartier):
    return NewcomersGuidePage.objects.child_of(quartier).get()


@pytest.fixture
def make_actor(annuaire):
    """An actor of the quartier's directory (published unless `live=False`)."""

    def make(parent=None, live=True, **fields):
        return ActorPageFactory(parent=parent or annuaire, published=live, **fields)

    return make
