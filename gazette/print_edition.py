"""The PDF of an issue's print edition, drawn by WeasyPrint from its HTML.

WeasyPrint reads stylesheets and images from disk (static files and media storage),
never over HTTP: the server does not call itself, and nothing leaves the machine.
"""

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage


class LocalFilesOnly(ValueError):
    """WeasyPrint asked for a URL that is neither a static file nor a media file."""


def _read_static(name):
    try:
        with staticfiles_storage.open(name) as file:
            return file.read()
    except (FileNotFoundError, OSError, ValueError):
        path = finders.find(name)
        if not path:
            raise
        with open(path, "rb") as file:
            return file.read()


def _read_media(name):
    with default_storage.open(name) as file:
        return file.read()


def read_local(url):
    """The bytes behind a /static/ or /media/ URL of this site."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL):
        return _read_static(path.removeprefix(settings.STATIC_URL))
    if path.startswith(settings.MEDIA_URL):
        name = path.removeprefix(settings.MEDIA_URL)
        if ".." in name.split("/"):
            raise LocalFilesOnly(url)
        return _read_media(name)
    raise LocalFilesOnly(url)


def url_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class DiskFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            content_type = mimetypes.guess_type(urlsplit(url).path)[0]
            return URLFetcherResponse(
                url,
                body=read_local(url),
                headers={"Content-Type": content_type or "application/octet-stream"},
            )

    return DiskFetcher


def render_pdf(html, base_url):
    # Imported here: loading WeasyPrint (and Pango) is only needed for a PDF.
    from weasyprint import HTML

    fetcher = url_fetcher_class()(allowed_protocols=("http", "https", "data"))
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()
