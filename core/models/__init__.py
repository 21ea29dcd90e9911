from .contributors import Contributor
from .fields import ListingFields, SocialFields
from .pages import BasePage, PortalPageQuerySet, all_pages
from .sections import (
    AlternateLink,
    SectionPage,
    latest_page_models,
    portal_links,
    quartier_model,
    section_models,
)

__all__ = [
    "AlternateLink",
    "BasePage",
    "Contributor",
    "ListingFields",
    "PortalPageQuerySet",
    "SectionPage",
    "SocialFields",
    "all_pages",
    "latest_page_models",
    "portal_links",
    "quartier_model",
    "section_models",
]
