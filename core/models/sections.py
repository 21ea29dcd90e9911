"""The section contract: what a section of a quartier's portal declares.

A section (gazette, agenda, mémoire, annuaire, bienvenue, participer) is a Django app
whose section page subclasses `SectionPage`. Installing the app is enough: every
quartier accepts it, provisioning creates it in every quartier (old ones included) and
grants its animateurs the permissions it names, and the quartier page shows its tile.
`core.checks` reports a section that breaks the contract.
"""

from typing import NamedTuple

from django.apps import apps
from wagtail.coreutils import resolve_model_string
from wagtail.models import get_page_models

from .pages import BasePage

QUARTIER_PAGE = "home.QuartierPage"


class AlternateLink(NamedTuple):
    """A feed or a calendar a page advertises with <link rel="alternate">."""

    title: str
    href: str
    type: str


def quartier_model():
    return apps.get_model(QUARTIER_PAGE)


class SectionPage(BasePage):
    """One section of a quartier's portal; its title is the section's own name."""

    #: The section's address in every quartier, e.g. "gazette" → /<quartier>/gazette/.
    section_slug = ""
    #: Its name in menus, tiles and breadcrumbs: the same plain word in every quartier.
    section_label = ""
    #: One short sentence under the tile, saying what a visitor finds there.
    section_description = ""
    #: Its place in menus and tiles, smallest first.
    section_order = 100
    #: Django permissions ("app_label.codename") its animateurs need besides pages.
    animateur_permissions: tuple[str, ...] = ()
    #: Page types of this section listed in "what's new" ("app_label.Model").
    latest_page_types: tuple[str, ...] = ()
    #: The template of the tile's "what's live" teaser; it receives `teaser`.
    teaser_template = ""
    #: The template of the section's block on the portal's home page; it receives `teaser`.
    portal_teaser_template = ""

    parent_page_types = [QUARTIER_PAGE]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def quartier(self):
        """Its quartier page: the one that listed its sections (no query), else one query."""
        listed_by = getattr(self, "listed_by_quartier", None)
        return listed_by or quartier_model().objects.ancestor_of(self).first()

    @classmethod
    def latest_models(cls):
        return [resolve_model_string(label) for label in cls.latest_page_types]

    @classmethod
    def portal_links(cls):
        """Feeds and calendars across all quartiers, advertised on the portal's home."""
        return []

    def get_teaser(self):
        """What is live in the section now (the latest article, the next event…), or None."""
        return None

    @classmethod
    def get_portal_teaser(cls, root):
        """What the section shows on the portal's home, across the quartiers below `root`
        (the next events, a memory of the day…), or None."""
        return None


def section_models():
    """Every installed section page type, in menu order."""
    models = [
        model
        for model in get_page_models()
        if issubclass(model, SectionPage) and not model._meta.abstract
    ]
    return sorted(models, key=lambda model: (model.section_order, model.section_slug))


def portal_teasers(root):
    """Each section's block for the portal's home, in menu order, when it has one."""
    teasers = []
    for section in section_models():
        if section.portal_teaser_template:
            teaser = section.get_portal_teaser(root)
            if teaser:
                teasers.append({"template": section.portal_teaser_template, "teaser": teaser})
    return teasers


def portal_links():
    return [link for section in section_models() for link in section.portal_links()]


def latest_page_models():
    """The page types that sections list in "what's new", across quartiers."""
    return [model for section in section_models() for model in section.latest_models()]
