from .contributors import Contributor
from .fields import ListingFields, SocialFields
from .pages import BasePage, PortalPageQuerySet, all_pages
from .search import SearchSynonym
from .sections import (
    AlternateLink,
    SectionPage,
    latest_page_models,
    portal_links,
    portal_teasers,
    quartier_model,
    section_models,
)
from .workflow import ConsentCheckedApprovalTask

__all__ = [
    "AlternateLink",
    "BasePage",
    "ConsentCheckedApprovalTask",
    "Contributor",
    "ListingFields",
    "PortalPageQuerySet",
    "SearchSynonym",
    "SectionPage",
    "SocialFields",
    "all_pages",
    "latest_page_models",
    "portal_links",
    "portal_teasers",
    "quartier_model",
    "section_models",
]
