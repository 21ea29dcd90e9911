"""The date of a memory as people give it, and the period it is read into."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..periods import PeriodError, decade_label, parse_period


def decade_bounds(decade):
    return datetime.date(decade, 1, 1), datetime.date(decade + 9, 12, 31)


def overlaps_decade(decade, prefix=""):
    """A condition: the period overlaps the decade starting in `decade` (e.g. 1960)."""
    first, last = decade_bounds(decade)
    return Q(**{f"{prefix}date_start__lte": last, f"{prefix}date_end__gte": first})


class PeriodFields(models.Model):
    """`date_text` as typed ("vers 1975"); the rest is read from it on every clean."""

    date_text = models.CharField(
        _("date, comme les gens la disent"),
        max_length=100,
        blank=True,
        help_text=_(
            "Par exemple : 1967, années 1960, vers 1975, 1958–1962, printemps 1981, "
            "mars 1974, 12 mars 1974, fin des années 70. Vide si personne ne sait."
        ),
    )
    date_start = models.DateField(_("premier jour possible"), null=True, editable=False)
    date_end = models.DateField(_("dernier jour possible"), null=True, editable=False)
    date_sort = models.DateField(_("date pour le classement"), null=True, editable=False)
    date_edtf = models.CharField(
        _("date au format EDTF"), max_length=40, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Wagtail checks a draft's title and slug only: read its date here too. An unreadable
        # one was refused by the form (see `clean`); it leaves the draft without a period.
        if kwargs.get("update_fields") is None:
            self.read_period(strict=False)
        super().save(*args, **kwargs)

    @property
    def search_date(self):
        """The date shown in search results: the period, as people say it."""
        return self.date_text

    @property
    def period(self):
        """The Period of `date_text`, or None when there is no (readable) date."""
        if not self.date_text.strip():
            return None
        try:
            return parse_period(self.date_text)
        except PeriodError:
            return None

    @property
    def decades(self):
        if self.date_start is None or self.date_end is None:
            return []
        return list(range(self.date_start.year // 10 * 10, self.date_end.year // 10 * 10 + 1, 10))

    @property
    def period_label(self):
        """What the site search indexes: the date as given and its decades in words."""
        labels = [self.date_text.strip()] if self.date_text.strip() else []
        labels += [str(decade_label(decade)) for decade in self.decades]
        return " · ".join(labels)

    def read_period(self, strict=True):
        """Set the period fields from `date_text`; a ValidationError names what is wrong."""
        self.date_text = " ".join(self.date_text.split())
        self.date_start = self.date_end = self.date_sort = None
        self.date_edtf = ""
        if not self.date_text:
            return
        try:
            period = parse_period(self.date_text)
        except PeriodError as error:
            if not strict:
                return
            raise ValidationError({"date_text": str(error)}) from error
        self.date_start, self.date_end = period.start, period.end
        self.date_sort = period.sort_date
        self.date_edtf = period.edtf
