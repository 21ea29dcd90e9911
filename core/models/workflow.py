"""The quartier's moderation task: its animateurs approve, and consent is checked first."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from ..references import image_ids, images_without_consent, page_values


def photos_without_consent(page):
    return images_without_consent(image_ids(page_values(page)))


def publication_problems(page):
    """Why a page may not be published, in French: photos without consent, and what its
    own type says (`publication_problems()`, e.g. a recording without its transcript)."""
    problems = [
        _("La photo « %(title)s » montre des personnes sans leur accord.") % {"title": image.title}
        for image in photos_without_consent(page)
    ]
    own = getattr(page, "publication_problems", None)
    return problems + (list(own()) if own else [])


class ConsentCheckedApprovalTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but a page that may not be published (people shown
    without their agreement, or what its own type forbids) can only be sent back
    ("Demander des modifications"), never approved."""

    class Meta:
        verbose_name = _("relecture par les animateurs (accord des personnes vérifié)")
        verbose_name_plural = _("relectures par les animateurs (accord des personnes vérifié)")

    @staticmethod
    def under_review(obj):
        return obj.get_latest_revision_as_object() if hasattr(obj, "latest_revision") else obj

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if publication_problems(self.under_review(obj)):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            problems = publication_problems(task_state.revision.as_object())
            if problems:
                raise PermissionDenied(problems[0])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Les animateurs du quartier relisent et publient. Une page qui montre des "
            "personnes sans leur accord ne peut pas être approuvée."
        )
