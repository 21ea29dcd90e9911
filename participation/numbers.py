"""The figures an association reports to its funders, per quartier and month."""

import csv
from collections import defaultdict

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.utils.translation import gettext as _

from .models import Contribution


def monthly_figures(contributions):
    """Rows of quartier, month, received, published, not retained, distinct contributors."""
    published = Q(status=Contribution.Status.PUBLISHED)
    rejected = Q(status=Contribution.Status.REJECTED)
    return list(
        contributions.annotate(month=TruncMonth("created_at"))
        .values("quartier__title", "month")
        .annotate(
            received=Count("pk"),
            published=Count("pk", filter=published),
            rejected=Count("pk", filter=rejected),
            contributors=Count("contributor", distinct=True),
        )
        .order_by("quartier__title", "-month")
    )


def by_quartier(rows):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["quartier__title"]].append(row)
    return dict(grouped)


def figures_csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="contributions-par-mois.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the accents right
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("quartier"),
            _("mois"),
            _("reçues"),
            _("publiées"),
            _("pas retenues"),
            _("personnes différentes"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row["quartier__title"],
                row["month"].strftime("%Y-%m"),
                row["received"],
                row["published"],
                row["rejected"],
                row["contributors"],
            ]
        )
    return response
