"""The quartier's moderation task: its animateurs approve, and consent is checked first."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from ..references import image_ids, images_without_consent, page_values


def photos_without_consent(page):
    return images_without_consent(image_ids(page_values(page)))


class ConsentCheckedApprovalTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but a page that shows people who did not agree to be
    published can only be sent back ("Demander des modifications"), never approved."""

    class Meta:
        verbose_name = _("relecture par les animateurs (accord des personnes vérifié)")
        verbose_name_plural = _("relectures par les animateurs (accord des personnes vérifié)")

    @staticmethod
    def under_review(obj):
        return obj.get_latest_revision_as_object() if hasattr(obj, "latest_revision") else obj

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if photos_without_consent(self.under_review(obj)):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            missing = photos_without_consent(task_state.revision.as_object())
            if missing:
                raise PermissionDenied(
                    _("La photo « %(title)s » montre des personnes sans leur accord.")
                    % {"title": missing[0].title}
                )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Les animateurs du quartier relisent et publient. Une page qui montre des "
            "personnes sans leur accord ne peut pas être approuvée."
        )
