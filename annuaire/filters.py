"""The directory's filters, read from the address: a need, a kind, "open now".

Whatever the address holds (unknown words, repeated or very long values), the page
answers: an unknown value is left out and named on the page, never an error.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .vocabulary import KIND_VALUES, NEED_VALUES, Kind, Need

MAX_VALUE_LENGTH = 60
YES = {"1", "oui", "on", "true"}


@dataclass
class DirectoryFilters:
    need: str = ""
    kind: str = ""
    open_now: bool = False
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.need or self.kind or self.open_now)

    @property
    def need_label(self):
        return Need(self.need).label if self.need else ""

    @property
    def kind_label(self):
        return Kind(self.kind).label if self.kind else ""

    def apply(self, actors, now=None):
        """The actors that pass the filters (a list: "open now" is worked out per actor)."""
        selected = [
            actor
            for actor in actors
            if (not self.need or self.need in actor.needs)
            and (not self.kind or actor.kind == self.kind)
        ]
        if self.open_now:
            selected = [actor for actor in selected if actor.schedule.is_open(now)]
        return selected


def _value(query, name):
    value = query.get(name, "")
    return value.strip()[:MAX_VALUE_LENGTH] if isinstance(value, str) else ""


def read_filters(query):
    filters = DirectoryFilters()
    need = _value(query, "besoin")
    if need in NEED_VALUES:
        filters.need = need
    elif need:
        filters.ignored.append(need)
    kind = _value(query, "type")
    if kind in KIND_VALUES:
        filters.kind = kind
    elif kind:
        filters.ignored.append(kind)
    filters.open_now = _value(query, "ouvert").lower() in YES
    return filters


def group_by_need(actors):
    """[{need, label, actors}] in the order of needs, then the actors with no need."""
    groups = []
    for need in Need:
        members = [actor for actor in actors if need.value in actor.needs]
        if members:
            groups.append({"need": need.value, "label": need.label, "actors": members})
    others = [actor for actor in actors if NEED_VALUES.isdisjoint(actor.needs)]
    if others:
        groups.append({"need": "autres", "label": _("Autres lieux"), "actors": others})
    return groups
