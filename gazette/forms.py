"""The issue editor: a numéro holds articles of its own gazette only."""

from django.utils.translation import gettext as _

from core.forms import PortalPageForm


class IssuePageForm(PortalPageForm):
    def check_references(self):
        super().check_references()
        gazette = self.parent_page
        for form in self.formsets["issue_articles"].forms:
            article = getattr(form, "cleaned_data", {}).get("article")
            if article is None or form.cleaned_data.get("DELETE"):
                continue
            if gazette is None or not article.is_child_of(gazette):
                self.add_error(
                    None,
                    _("L'article « %(title)s » n'est pas dans cette gazette.")
                    % {"title": article.title},
                )
