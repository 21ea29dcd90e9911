"""Asserting a refusal itself: Wagtail's 403, or its redirect to the dashboard with its message."""

from html import unescape

from django.urls import reverse

# Wagtail's own message (wagtail.admin.auth.permission_denied), in French.
ADMIN_REFUSAL = "Désolé, vous n'avez pas les autorisations pour accéder à cette zone."


def assert_refused(client, response):
    """The admin refused: 403, or a redirect to the dashboard that then shows the message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, f"expected a refusal, got {response.status_code}"
    assert response.url == reverse("wagtailadmin_home"), response.url
    dashboard = client.get(response.url)
    assert ADMIN_REFUSAL in unescape(dashboard.content.decode())


def assert_not_found_or_refused(client, response):
    """Some admin views answer 404 for an object the user may not see at all."""
    if response.status_code == 404:
        return
    assert_refused(client, response)
