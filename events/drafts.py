"""A draft event from a resident's plain answers (for the residents' contributions).

`participation/` turns a resident's "Proposer un événement" into a draft here; the draft
then enters the quartier's moderation workflow like any page. Only the title and the start
are required: the animateur completes the rest before publishing.
"""

from django.utils.html import escape

from .choices import EventKind, PriceKind
from .models import EventPage


def event_from_answers(
    *,
    title,
    start,
    end=None,
    place="",
    venue=None,
    description="",
    organiser="",
    free=True,
    kind=EventKind.OTHER,
    owner=None,
):
    """An unsaved draft EventPage (never live) from a resident's plain answers.

    `place` is the place in the resident's words, or `venue` one of the quartier's venues;
    `description` is plain text, paragraphs separated by blank lines; `free` is a yes/no
    answer (the price itself is for the animateur to add).
    """
    texts = [text.strip() for text in description.split("\n\n") if text.strip()]
    page = EventPage(
        title=title,
        start=start,
        end=end,
        venue=venue,
        place="" if venue is not None else place,
        kind=kind,
        price_kind=PriceKind.FREE if free else PriceKind.PAID,
        body=[{"type": "paragraph", "value": "".join(f"<p>{escape(text)}</p>" for text in texts)}]
        if texts
        else [],
        organisers=[{"type": "organiser", "value": {"name": organiser, "website": ""}}]
        if organiser
        else [],
        owner=owner,
        live=False,
    )
    return page


def draft_event(agenda, **answers):
    """A new draft EventPage of `agenda` (never live), with one revision."""
    page = event_from_answers(**answers)
    agenda.add_child(instance=page)
    page.save_revision(user=answers.get("owner"), log_action=False)
    return page
