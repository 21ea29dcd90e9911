"""The archive's page editors: an item pairs with and a collection holds items of its own
archive only, and nothing is published before its transcripts are written."""

from django.utils.translation import gettext as _

from core.forms import PortalPageForm


def not_in_archive(item):
    return _("Le souvenir « %(title)s » n'est pas dans la mémoire de ce quartier.") % {
        "title": item.title
    }


class PublicationRulesMixin:
    """Refuses publishing (or approving) what `publication_problems()` names."""

    def check_publication(self):
        if self.is_publishing():
            for problem in self.instance.publication_problems():
                self.add_error(None, problem)


class MemoireItemPageForm(PublicationRulesMixin, PortalPageForm):
    def check_references(self):
        super().check_references()
        paired = self.cleaned_data.get("paired_item")
        if paired is not None:
            if self.instance.pk and paired.pk == self.instance.pk:
                self.add_error("paired_item", _("Choisissez un autre souvenir que celui-ci."))
            elif self.parent_page is None or not paired.is_child_of(self.parent_page):
                self.add_error("paired_item", not_in_archive(paired))
        self.check_publication()


class MemoireCollectionPageForm(PublicationRulesMixin, PortalPageForm):
    def check_references(self):
        super().check_references()
        for form in self.formsets["collection_items"].forms:
            data = getattr(form, "cleaned_data", None) or {}
            item = data.get("item")
            if item is None or data.get("DELETE"):
                continue
            if self.parent_page is None or not item.is_child_of(self.parent_page):
                self.add_error(None, not_in_archive(item))
        self.check_publication()
