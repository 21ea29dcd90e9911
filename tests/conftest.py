import pytest
from django.core.cache import cache
from wagtail.models import Site

from home.models import HomePage
from home.quartiers import add_animateur, create_quartier


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths; a test's sites must not leak into the next one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def make_quartier(home):
    def make(name="Planoise", city="Besançon", **kwargs):
        return create_quartier(name, city, **kwargs)

    return make


@pytest.fixture
def quartier(make_quartier):
    return make_quartier(
        "Planoise",
        "Besançon",
        epn_name="Cyber-base Planoise",
        epn_street="3 rue de la Fontaine",
        epn_postcode="25000",
    )


@pytest.fixture
def other_quartier(make_quartier):
    return make_quartier("Kérourien", "Brest")


@pytest.fixture
def animateur(quartier):
    user, _created = add_animateur("animatrice-planoise", quartier.slug)
    user.set_password("secret")
    user.save()
    return user


@pytest.fixture
def default_site(db):
    return Site.objects.get(is_default_site=True)
