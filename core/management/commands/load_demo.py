from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import load_all


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : les onze quartiers de l'étude, leurs pages "
        "et, en mode démo, les comptes de démonstration. Relancer ne change rien."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            load_all(log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
