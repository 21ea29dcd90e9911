"""Who may see what in the admin: an animateur, their quartier; an administrator, everything."""

from django.contrib.auth import get_user_model

from .models.sections import quartier_model


def sees_everything(user):
    return user.is_active and user.is_superuser


def animated_quartiers(user):
    """The quartiers whose animateurs' group the user belongs to."""
    return quartier_model().objects.filter(animateurs_group__in=user.groups.all())


def quartier_ids_of(user):
    """The keys of the user's quartiers (cached on the user for the request)."""
    if not hasattr(user, "_portal_quartier_ids"):
        user._portal_quartier_ids = set(animated_quartiers(user).values_list("pk", flat=True))
    return user._portal_quartier_ids


def users_visible_to(user):
    """Accounts a user may see named in the admin: their quartiers' animateurs and themselves."""
    users = get_user_model().objects.all()
    if sees_everything(user):
        return users
    groups = animated_quartiers(user).values("animateurs_group")
    return (users.filter(groups__in=groups) | users.filter(pk=user.pk)).distinct()
