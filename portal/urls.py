from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.views import serve as serve_page

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
    # Pages, as Wagtail serves them, with the site and its root found in one query; Wagtail's
    # own views under _util/ (password, login) are left to it.
    re_path(rf"^(?!_util/){wagtail_urls.serve_pattern[1:]}", serve_page, name="portal_serve"),
    path("", include(wagtail_urls)),
]
