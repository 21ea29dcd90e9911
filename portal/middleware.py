"""Content-Security-Policy for the public site (Django 5.2 has no CSP of its own)."""

PUBLIC_POLICY = "; ".join(
    [
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
)
# The Wagtail admin relies on inline styles and scripts; it gets a looser policy.
ADMIN_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            is_admin = request.path.startswith(self.admin_prefixes)
            # Logged-in editors see Wagtail's user bar on public pages, which uses inline styles.
            is_editor = getattr(request, "user", None) and request.user.is_authenticated
            response["Content-Security-Policy"] = (
                ADMIN_POLICY if is_admin or is_editor else PUBLIC_POLICY
            )
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response
