"""manage.py import_lieux FILE QUARTIER_SLUG: a LaMednum CSV into a quartier's directory."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from annuaire.models import AnnuairePage
from annuaire.opendata.lamednum import import_lieux
from home.models import QuartierPage


class Command(BaseCommand):
    help = _(
        "Importe un fichier des lieux de médiation numérique (CSV, standard LaMednum) dans "
        "l'annuaire d'un quartier. Un lieu déjà importé est mis à jour."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("le fichier CSV"))
        parser.add_argument("quartier", help=_("l'adresse du quartier, par exemple planoise"))

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("Le fichier « %(path)s » n'existe pas.") % {"path": path})
        quartier = QuartierPage.objects.filter(slug=options["quartier"]).first()
        if quartier is None:
            raise CommandError(
                _("Le quartier « %(slug)s » n'existe pas.") % {"slug": options["quartier"]}
            )
        annuaire = AnnuairePage.objects.child_of(quartier).first()
        if annuaire is None:
            raise CommandError(
                _("Le quartier « %(name)s » n'a pas d'annuaire (lancez provision_quartiers).")
                % {"name": quartier.title}
            )
        report = import_lieux(path.read_bytes(), annuaire)
        for line, reason in report.errors:
            where = _("ligne %(line)s") % {"line": line} if line else _("fichier")
            self.stderr.write(f"{where} : {reason}")
        self.stdout.write(
            _(
                "%(created)s lieu(x) ajouté(s), %(updated)s mis à jour, %(errors)s ligne(s) refusée(s)."
            )
            % {
                "created": len(report.created),
                "updated": len(report.updated),
                "errors": len(report.errors),
            }
        )
        if report.errors and not (report.created or report.updated):
            raise CommandError(_("Rien n'a été importé."))
