from .agenda import AgendaPage
from .event import EventGuest, EventOccurrence, EventPage
from .series import EventSeriesPage
from .snippets import Guest, Venue

__all__ = [
    "AgendaPage",
    "EventGuest",
    "EventOccurrence",
    "EventPage",
    "EventSeriesPage",
    "Guest",
    "Venue",
]
