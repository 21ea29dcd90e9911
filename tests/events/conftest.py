import datetime

import pytest
from django.utils import timezone

from events.factories import EventPageFactory, EventSeriesPageFactory, GuestFactory, VenueFactory
from events.models import AgendaPage
from events.recurrence import PARIS


def paris(*args):
    """An aware datetime, Paris wall-clock time."""
    return datetime.datetime(*args, tzinfo=PARIS)


def in_days(days, hour=18, minute=0):
    """`days` from today at `hour` (Paris)."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return paris(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def agenda(quartier):
    return AgendaPage.objects.child_of(quartier).get()


@pytest.fixture
def other_agenda(other_quartier):
    return AgendaPage.objects.child_of(other_quartier).get()


@pytest.fixture
def venue(quartier):
    return VenueFactory(
        quartier=quartier, name="Salle paroissiale Saint-Roch", kind="salle-paroissiale"
    )


@pytest.fixture
def guest(quartier):
    return GuestFactory(quartier=quartier, name="Web TV du quartier", kind="web-tv")


@pytest.fixture
def make_event(agenda):
    """An event of the agenda (or of `parent`), one paragraph, starting in `days` days."""

    def make(parent=None, live=True, days=7, hour=18, hours=2, **fields):
        fields.setdefault("start", in_days(days, hour))
        if "end" not in fields:
            fields["end"] = fields["start"] + datetime.timedelta(hours=hours) if hours else None
        fields.setdefault("body__0", "paragraph")
        return EventPageFactory(parent=parent or agenda, published=live, **fields)

    return make


@pytest.fixture
def make_series(agenda):
    def make(live=True, **fields):
        return EventSeriesPageFactory(parent=agenda, published=live, **fields)

    return make


@pytest.fixture
def make_image_for(quartier):
    from images.factories import PortalImageFactory

    def make(title, credit="Rachid B."):
        return PortalImageFactory(title=title, credit=credit, collection=quartier.collection)

    return make
