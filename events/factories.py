"""Test data of the agenda: venues, guests, events (published unless told not to), series."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.factories import PublishedPageFactory, StoryBlockFactory

from .choices import EventKind, GuestKind, ProgrammeKind, VenueKind
from .models import EventGuest, EventPage, EventSeriesPage, Guest, Venue


def next_week(hour=18):
    """A week from now at `hour` (Paris), so that "upcoming" holds whenever tests run."""
    day = timezone.localdate() + datetime.timedelta(days=7)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class VenueFactory(DjangoModelFactory):
    """Pass `quartier=`: a venue belongs to one quartier."""

    name = factory.Sequence(lambda number: f"Salle des fêtes {number}")
    kind = VenueKind.SOCIAL_CENTRE
    street = "2 place du Marché"
    postcode = "25000"
    city = "Besançon"

    class Meta:
        model = Venue


class GuestFactory(DjangoModelFactory):
    """Pass `quartier=`: a guest belongs to one quartier."""

    name = factory.Sequence(lambda number: f"Collectif Pixel {number}")
    kind = GuestKind.COLLECTIVE
    bio = "Des artistes qui jouent avec les écrans."

    class Meta:
        model = Guest


def organisers_data(organisers=(), partners=()):
    return [
        {"type": "organiser", "value": {"name": name, "website": ""}} for name in organisers
    ] + [{"type": "partner", "value": {"name": name, "website": ""}} for name in partners]


def programme_data(item):
    """A programme item's block data from {"title", "start", "end"?, "kind"?, "room"?…}."""
    value = {"kind": ProgrammeKind.TALK, "end": None, "room": "", "speakers": "", "description": ""}
    value.update(item)
    for name in ("start", "end"):
        if isinstance(value[name], datetime.datetime):
            value[name] = value[name].isoformat()
    return {"type": "item", "value": value}


def skipped_data(day, reason=""):
    return {"type": "date", "value": {"date": day.isoformat(), "reason": reason}}


class EventPageFactory(PublishedPageFactory):
    """`organisers=["Centre social"]`, `partners=[…]`, `guests=[Guest…]`,
    `programme=[{"title": …, "start": …, "end": …}]`, `exceptions=[date…]`."""

    title = factory.Sequence(lambda number: f"Rendez-vous {number}")
    start = factory.LazyFunction(next_week)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    kind = EventKind.MEETUP
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)

    class Meta:
        model = EventPage

    @factory.post_generation
    def guests(page, create, extracted, **kwargs):
        page.event_guests = [
            EventGuest(guest=guest, sort_order=order) for order, guest in enumerate(extracted or ())
        ]
        if create:
            page.save()

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """Plain lists for the StreamFields: names, programme items, skipped dates."""
        organisers = kwargs.pop("organisers", None) or ()
        partners = kwargs.pop("partners", None) or ()
        if organisers or partners:
            kwargs["organisers"] = organisers_data(organisers, partners)
        if kwargs.get("programme"):
            kwargs["programme"] = [programme_data(item) for item in kwargs["programme"]]
        if kwargs.get("exceptions"):
            kwargs["exceptions"] = [skipped_data(day) for day in kwargs["exceptions"]]
        return kwargs


class EventSeriesPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda number: f"Festival {number}")
    intro = "Un festival chaque année, pour tout le quartier."
    kind = EventKind.FESTIVAL

    class Meta:
        model = EventSeriesPage
