"""Content-Security-Policy for the public site (Django 5.2 has no CSP of its own)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import storages
from django.urls import reverse

PUBLIC_DIRECTIVES = [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]


def public_policy(image_origin=None):
    """The public policy; images may also come from the origin of the renditions' storage."""
    directives = [
        f"{directive} {image_origin}"
        if image_origin and directive.startswith("img-src ")
        else directive
        for directive in PUBLIC_DIRECTIVES
    ]
    return "; ".join(directives)


def renditions_origin():
    """Where image renditions are served from when they are on object storage, else None."""
    alias = getattr(settings, "WAGTAILIMAGES_RENDITION_STORAGE", None)
    if not alias:
        return None
    parts = urlsplit(storages[alias].url("images/x.jpg"))
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None


PUBLIC_POLICY = public_policy()
# The Wagtail admin relies on inline styles and scripts; it gets a looser policy, on its own
# URLs only. Its previews (/admin/pages/…/preview/) are admin URLs too, framed by the admin.
ADMIN_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"


class ContentSecurityPolicyMiddleware:
    """The strict policy on every public page, for everybody, logged in or not.

    Wagtail's user bar, shown to logged-in editors on public pages, lives with it: its
    scripts and its stylesheet are files under /static/ ('self'), its markup has no inline
    script nor style attribute, and what its scripts change goes through the CSSOM, which
    style-src does not restrict. So editors get no looser policy than visitors: a page that
    renders a visitor's text must not be able to run a script in an editor's session.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_prefix = None
        self._public_policy = None

    @property
    def admin_prefix(self):
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    @property
    def public_policy(self):
        if self._public_policy is None:
            self._public_policy = public_policy(renditions_origin())
        return self._public_policy

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False):
            # A preview: Wagtail runs a simulated request for the page's public path through
            # the middleware, then an admin view returns its response. The header is set
            # when that admin view's response passes here: the admin policy, which lets
            # the admin frame its preview.
            return response
        if "Content-Security-Policy" not in response:
            is_admin = request.path.startswith(self.admin_prefix)
            response["Content-Security-Policy"] = ADMIN_POLICY if is_admin else self.public_policy
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response
