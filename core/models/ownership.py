"""Records that belong to one quartier (contributors, venues, guests…)."""

from django.db import models

from ..access import quartier_ids_of, sees_everything


class QuartierOwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        """What the user may see and choose in the admin: their quartiers' records."""
        if sees_everything(user):
            return self
        return self.filter(quartier_id__in=quartier_ids_of(user))
