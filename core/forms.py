"""The admin form of every page: what belongs to another quartier, and consent, are refused."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .access import animated_quartiers, sees_everything
from .models.sections import quartier_model
from .references import form_values, image_ids, images_without_consent, owned_records


def consent_error(image):
    return ValidationError(
        _(
            "La photo « %(title)s » montre des personnes qui n'ont pas donné leur accord. "
            "Retirez-la, ou notez leur accord dans la fiche de la photo, avant de publier."
        )
        % {"title": image.title}
    )


class PortalPageForm(WagtailAdminPageForm):
    """Refuses, with a French message: an image the editor may not choose (another
    quartier's), a record of another quartier (a contributor…), and publishing or
    approving a page that shows people who did not agree."""

    def page_quartier(self):
        quartier_class = quartier_model()
        if isinstance(self.instance, quartier_class) and self.instance.pk:
            return self.instance
        if self.parent_page is None:
            return None
        return quartier_class.objects.ancestor_of(self.parent_page, inclusive=True).first()

    def submitted_values(self):
        values = list(form_values(self._meta.model, self.cleaned_data))
        for formset in self.formsets.values():
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None)
                if data and not data.get("DELETE"):
                    values.extend(form_values(formset.model, data))
        return values

    def is_publishing(self):
        approving = self.data.get("action-workflow-action") and (
            self.data.get("workflow-action-name") == "approve"
        )
        return bool(self.data.get("action-publish") or approving)

    def is_valid(self):
        """The checks need the child forms (authors, issue entries), validated after clean()."""
        valid = super().is_valid()
        if valid:
            self.check_references()
        return valid and not self.errors

    def check_references(self):
        values = self.submitted_values()
        ids = image_ids(values)
        user = self.for_user
        if user is not None and ids and not sees_everything(user):
            policy = policy_registry.get_by_type(get_image_model())
            allowed = policy.collections_user_has_permission_for(user, "choose")
            for image in (
                get_image_model().objects.filter(pk__in=ids).exclude(collection__in=allowed)
            ):
                self.add_error(
                    None,
                    _(
                        "L'image « %(title)s » n'est pas dans les images de votre quartier. "
                        "Choisissez une image de votre quartier."
                    )
                    % {"title": image.title},
                )
        quartier = self.page_quartier()
        if quartier is not None:
            for record in owned_records(values):
                if record.quartier_id != quartier.pk:
                    self.add_error(
                        None,
                        _("« %(name)s » est enregistré dans un autre quartier.") % {"name": record},
                    )
        if self.is_publishing():
            for image in images_without_consent(ids):
                self.add_error(None, consent_error(image))


class QuartierOwnedForm(WagtailAdminModelForm):
    """A quartier's record (contributor, venue…): an animateur may only pick their quartier."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("quartier")
        if field is None:
            return
        # A plain list of quartiers, not a page chooser: usually just one to pick.
        field.widget = forms.Select()
        quartiers = quartier_model().objects.order_by("title")
        if self.for_user is not None and not sees_everything(self.for_user):
            quartiers = animated_quartiers(self.for_user).order_by("title")
        field.queryset = quartiers
        if len(quartiers) == 1 and not self.instance.quartier_id:
            field.initial = quartiers[0].pk
