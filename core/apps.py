from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every section shares: base pages, the section contract, blocks, search, demo."""

    name = "core"
    verbose_name = _("Socle commun")

    def ready(self):
        from . import (
            checks,  # noqa: F401 (registers the section contract check)
            restrictions,  # noqa: F401 (forgets restrictions when they change)
        )
        from .forms import PortalPageForm
        from .models import BasePage
        from .page_cache_purge import connect as connect_page_cache_purge

        # As Wagtail's admin sets Page.base_form_class in its own ready().
        BasePage.base_form_class = PortalPageForm
        connect_page_cache_purge()

        from wagtail.signals import page_published, page_unpublished

        for signal in (page_published, page_unpublished):
            signal.connect(forget_search_vocabulary, dispatch_uid="search-vocabulary")


def forget_search_vocabulary(sender, **kwargs):
    """The words suggestions come from change when a page is published or unpublished."""
    from .site_search import forget_vocabulary

    forget_vocabulary()
