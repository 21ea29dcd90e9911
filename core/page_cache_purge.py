"""What drops kept pages (see `core.page_cache`): Wagtail's and Django's signals."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .page_cache import GLOBAL_SCOPE, bump, scopes_showing


def purge_page(instance, **kwargs):
    if instance.depth <= 2:  # the tree's root or the portal's home: every page shows it
        bump(GLOBAL_SCOPE)
    else:
        bump(*scopes_showing(instance.url_path))


def purge_moved_page(instance, url_path_before, url_path_after, **kwargs):
    bump(*(scopes_showing(url_path_before) | scopes_showing(url_path_after)))


def purge_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge_page(instance)
    elif sender in site_wide_models():
        bump(GLOBAL_SCOPE)


def purge_saved(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    if raw or sender not in site_wide_models():
        return
    if sender in media_models() and (created or bookkeeping_only(update_fields)):
        return
    bump(GLOBAL_SCOPE)


def media_models():
    """Images, documents and their collections: a new one is shown by no page yet (the page
    or snippet that starts showing it drops what it must when it is published or saved),
    so only a change or a deletion drops pages. An upload in one quartier leaves every
    quartier's kept pages alone."""
    return {get_image_model(), get_document_model(), Collection}


def bookkeeping_only(update_fields):
    """A file's size or hash, recorded the first time Wagtail needs them: nothing shown
    changes (a page showing the size has just computed it)."""
    return bool(update_fields) and set(update_fields) <= {"file_size", "file_hash"}


def site_wide_models():
    """Models any page may show, or that change what every page shows."""
    return {*media_models(), PageViewRestriction, Site, *get_snippet_models()}


def connect():
    page_published.connect(purge_page, dispatch_uid="page-cache-published")
    page_unpublished.connect(purge_page, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(purge_moved_page, dispatch_uid="page-cache-moved")
    post_delete.connect(purge_deleted, dispatch_uid="page-cache-deleted")
    post_save.connect(purge_saved, dispatch_uid="page-cache-saved")
