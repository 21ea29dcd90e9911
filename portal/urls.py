from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .health import healthz
from .media import RENDITIONS_FOLDER, serve_rendition

# A database that does not answer gives a 503 page, any other error the French 500 page.
handler500 = "portal.faults.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Wagtail's reports, scoped to an animateur's quartier (core/admin_reports.py).
    path("admin/reports/", include("core.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # With SERVE_MEDIA on, image renditions only; documents go through /documents/ and
    # originals of images are never public (portal/media.py).
    path(
        f"{settings.MEDIA_URL.lstrip('/')}{RENDITIONS_FOLDER}/<path:path>",
        serve_rendition,
        name="rendition_file",
    ),
    path("", include("core.urls")),
    path("", include("gazette.urls")),
    path("", include("annuaire.urls")),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
]
