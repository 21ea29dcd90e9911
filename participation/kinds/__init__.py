"""The kinds of contribution. Each is one small module: its questions, its draft page, and
where the photos go once approved. A kind is offered only where its section exists."""

from abc import ABC, abstractmethod
from importlib import import_module

from django.apps import apps

# Module of each kind → the app whose section receives it.
KIND_MODULES = {
    "article": "gazette",
    "evenement": "events",
    "souvenir": "memoire",
    "changement": "annuaire",
}


class Kind:
    slug = ""
    label = ""
    description = ""
    #: The section page type that receives this kind ("app_label.Model").
    section_type = ""
    form_class = None
    #: What the resident reads once the animateurs said yes.
    done_label = ""

    def section(self, quartier):
        """The quartier's published section that receives this kind, or None."""
        model = apps.get_model(self.section_type)
        return model.objects.child_of(quartier).published().first()

    def title(self, data):
        return data["title"]


class PageKind(Kind, ABC):
    """A contribution that becomes a draft page in the quartier's workflow."""

    @abstractmethod
    def build_page(self, section, data, contributor):
        """The draft page of a contribution (not saved yet)."""

    @abstractmethod
    def attach_photos(self, page, images, data):
        """Put the approved photos (PortalImage) into the page about to be republished."""


class RequestKind(Kind, ABC):
    """A contribution that becomes a request the animateurs accept or dismiss (no page)."""

    @abstractmethod
    def record(self, contribution, data):
        """Store what the request is about, beside the contribution."""


def all_kinds():
    return [
        import_module(f"{__name__}.{module}").KIND
        for module, app_label in KIND_MODULES.items()
        if apps.is_installed(app_label)
    ]


def kinds_for(quartier):
    return [kind for kind in all_kinds() if kind.section(quartier) is not None]


def kind_by_slug(slug):
    return next((kind for kind in all_kinds() if kind.slug == slug), None)
