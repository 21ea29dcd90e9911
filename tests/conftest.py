import pytest
from django.core.cache import caches
from wagtail.models import Site

from home.factories import QuartierPageFactory
from home.models import HomePage
from home.quartiers import add_animateur, create_quartier


def pytest_collection_modifyitems(items):
    """With pytest-xdist, the browser tests share one worker (and so one server)."""
    for item in items:
        if item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths, participation counts submissions: nothing leaks."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def make_quartier(home):
    """A quartier made the way the admin command makes it (revision, own Site if asked)."""

    def make(name="Planoise", city="Besançon", **kwargs):
        return create_quartier(name, city, **kwargs)

    return make


@pytest.fixture
def quartier(home):
    return QuartierPageFactory(
        title="Planoise",
        city="Besançon",
        epn_name="Cyber-base Planoise",
        epn_street="3 rue de la Fontaine",
        epn_postcode="25000",
    )


@pytest.fixture
def other_quartier(home):
    return QuartierPageFactory(title="Kérourien", city="Brest")


def animateur_of(quartier, username):
    user, _created = add_animateur(username, quartier.slug)
    user.set_password("secret")
    user.save()
    return user


@pytest.fixture
def animateur(quartier):
    return animateur_of(quartier, "animatrice-planoise")


@pytest.fixture
def other_animateur(other_quartier):
    return animateur_of(other_quartier, "animateur-kerourien")


@pytest.fixture
def default_site(db):
    return Site.objects.get(is_default_site=True)
