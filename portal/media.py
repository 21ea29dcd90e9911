"""Uploaded media that the application serves itself (a single-machine install, SERVE_MEDIA).

Only image renditions (`images/` under MEDIA_ROOT) are served here. Their names start with
the random name of their original (images.models.PortalImage.get_upload_to), so nobody can
guess the address of a photo that no published page shows. Originals of images are never
served to the public; documents only through Wagtail's document view (/documents/<id>/<name>),
which applies the privacy of their collection (WAGTAILDOCS_SERVE_METHOD = "serve_view").
"""

from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.views.static import serve

RENDITIONS_FOLDER = "images"
# A rendition's content never changes under its name (a new original gets a new random name,
# hence new renditions): browsers and proxies may keep it for a year.
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"


def serve_rendition(request, path):
    # The route always exists, so that turning SERVE_MEDIA on or off needs no reloaded URLconf.
    if not settings.SERVE_MEDIA:
        raise Http404
    response = serve(request, path, document_root=Path(settings.MEDIA_ROOT) / RENDITIONS_FOLDER)
    response["Cache-Control"] = RENDITION_CACHE_CONTROL
    return response
