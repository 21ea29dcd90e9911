from django.core.management.base import BaseCommand
from django.db import transaction

from home.provisioning import provision_all_quartiers


class Command(BaseCommand):
    help = (
        "Donne à chaque quartier les rubriques et les droits des applications installées "
        "depuis sa création. Lancé aussi après chaque « migrate ». Relancer ne change rien."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            quartiers = provision_all_quartiers()
        self.stdout.write(
            self.style.SUCCESS(f"{len(quartiers)} quartier(s) à jour de leurs rubriques.")
        )
