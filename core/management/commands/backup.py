from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Sauvegarde la base de données (pg_dump, ou la sauvegarde en ligne de SQLite) et les "
        "fichiers envoyés (médias et photos en attente) dans un dossier neuf."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help="Dossier de la sauvegarde (absent ou vide).")

    def handle(self, *args, **options):
        try:
            manifest = backup(options["destination"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde faite dans {options['destination']} : {manifest['pages']} pages, "
                f"{manifest['revisions']} révisions, fichiers : "
                f"{', '.join(manifest['storages']) or 'aucun (stockage objet)'}."
            )
        )
