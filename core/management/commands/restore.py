from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde faite par `backup` dans une instance neuve (base de données "
        "vide, dossiers des médias vides)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="Dossier de la sauvegarde.")

    def handle(self, *args, **options):
        try:
            manifest, restored = restore(options["source"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        if (restored["pages"], restored["revisions"]) != (
            manifest["pages"],
            manifest["revisions"],
        ):
            raise CommandError(
                f"La restauration ne correspond pas à la sauvegarde : {restored} au lieu de "
                f"{manifest['pages']} pages et {manifest['revisions']} révisions."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde du {manifest['created']} restaurée : {restored['pages']} pages, "
                f"{restored['revisions']} révisions."
            )
        )
