"""The account that stands for residents in Wagtail's moderation ("requested by")."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

USERNAME = "habitants"


def residents_user():
    """An inactive account without password: it can never log in."""
    user, created = get_user_model().objects.get_or_create(
        username=USERNAME,
        defaults={"first_name": _("Habitants"), "last_name": _("du quartier"), "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
