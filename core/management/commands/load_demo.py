from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.demo import load_all, multiply_content


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : les onze quartiers de l'étude, leurs pages "
        "et, en mode démo, les comptes de démonstration. Relancer ne change rien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help=(
                "Multiplier les contenus (articles, événements, souvenirs, acteurs…) par ce "
                "nombre, pour mesurer le site avec plus de pages. Par défaut : 1."
            ),
        )

    def handle(self, *args, scale, **options):
        if not 1 <= scale <= 100:
            raise CommandError("--scale doit être un nombre entre 1 et 100.")
        with transaction.atomic():
            load_all(log=lambda line: self.stdout.write(line))
            if scale > 1:
                multiply_content(scale, log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
