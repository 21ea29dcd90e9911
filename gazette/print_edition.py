"""The PDF of an issue's print edition, drawn by WeasyPrint from its HTML.

WeasyPrint gets its stylesheets and images from `read_local` only, which reads them from
disk (static files and media storage), never over HTTP: the server does not call itself,
and nothing leaves the machine.
"""

import mimetypes
from urllib.parse import unquote, urlsplit
from urllib.request import DataHandler, Request

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http.request import split_domain_port, validate_host


class LocalFilesOnly(ValueError):
    """A URL that is neither a `data:` URL nor a static or media file of this site."""


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


def _file_name(url, path, prefix):
    """The file's name under `prefix`: plain path segments only (no "..", ".", "" or NUL)."""
    name = path.removeprefix(prefix)
    if "\0" in name or any(segment in ("", ".", "..") for segment in name.split("/")):
        raise LocalFilesOnly(url)
    return name


def read_local(url):
    """The bytes behind a URL of the print edition: the one rule of its PDF.

    Allowed: `data:` URLs, and http(s) URLs on a host of this site (ALLOWED_HOSTS) whose path
    is a file under STATIC_URL or MEDIA_URL, read from disk. Everything else raises
    LocalFilesOnly: other schemes (file:, ftp:…), other hosts, other paths, `..`.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        with DataHandler().data_open(Request(url)) as response:  # noqa: S310 (data: only)
            return response.read()
    host, _port = split_domain_port(parts.netloc)
    if scheme not in ("http", "https") or not validate_host(host, settings.ALLOWED_HOSTS):
        raise LocalFilesOnly(url)
    path = unquote(parts.path)
    if path.startswith(settings.STATIC_URL):
        return _read_static(_file_name(url, path, settings.STATIC_URL))
    if path.startswith(settings.MEDIA_URL):
        return _read_media(_file_name(url, path, settings.MEDIA_URL))
    raise LocalFilesOnly(url)


def _content_type(url):
    parts = urlsplit(url)
    # mimetypes reads a data: URL's own media type.
    guessed = mimetypes.guess_type(url if parts.scheme.lower() == "data" else unquote(parts.path))
    return guessed[0] or "application/octet-stream"


def url_fetcher():
    """WeasyPrint's fetcher for the print edition: `read_local`, and nothing else."""
    # Imported here: loading WeasyPrint (and Pango) is only needed for a PDF.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        # Replaces URLFetcher.fetch (and with it every network handler of urllib).
        def fetch(self, url, headers=None):
            return URLFetcherResponse(
                url, body=read_local(url), headers={"Content-Type": _content_type(url)}
            )

    return LocalFetcher()


def render_pdf(html, base_url):
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url, url_fetcher=url_fetcher()).write_pdf()
