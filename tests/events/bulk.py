"""Many published events quickly (no revisions), for query counts and benchmarks."""

import datetime

from core.demo import suspend_search_auto_update
from events.models import EventPage

from .conftest import in_days


def add_events(parent, count, venue=None, image=None, guests=(), offset=0):
    """`count` live events of `parent`: most upcoming, every fifth one past; each with a
    programme item, an organiser and (every third) a weekly rule."""
    events = []
    with suspend_search_auto_update([EventPage]):
        for number in range(offset, offset + count):
            days = -30 - number if number % 5 == 0 else 1 + number % 200
            start = in_days(days, 9 + number % 10)
            fields = {}
            if number % 3 == 0:
                fields = {
                    "recurrence_frequency": "semaine",
                    "recurrence_until": start.date() + datetime.timedelta(weeks=8),
                }
            event = EventPage(
                title=f"Rendez-vous {number}",
                slug=f"rendez-vous-{number}",
                start=start,
                end=start + datetime.timedelta(hours=2),
                kind=("atelier", "rencontre", "fete")[number % 3],
                venue=venue,
                listing_image=image,
                live=True,
                first_published_at=start,
                organisers=[{"type": "organiser", "value": {"name": "EMA", "website": ""}}],
                programme=[
                    {
                        "type": "item",
                        "value": {"start": start.isoformat(), "title": "Accueil", "kind": "autre"},
                    }
                ],
                **fields,
            )
            parent.add_child(instance=event)
            for guest in guests:
                event.event_guests.create(guest=guest)
            events.append(event)
    return events
