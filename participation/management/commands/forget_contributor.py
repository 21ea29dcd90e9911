from django.core.management.base import BaseCommand

from participation.personal_data import forget


class Command(BaseCommand):
    help = (
        "Efface l'e-mail et les données privées d'une personne partout. Ce qui est publié "
        "reste, signé de son pseudonyme (ou « Un habitant » avec --anonymiser) ; ce qui "
        "attendait la relecture est retiré."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="L'adresse e-mail de la personne.")
        parser.add_argument(
            "--anonymiser",
            action="store_true",
            help="Remplacer aussi son nom public par « Un habitant ».",
        )

    def handle(self, *args, **options):
        counts = forget(options["email"], anonymise=options["anonymiser"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Adresse effacée. Contributeurs concernés : {counts['contributors']}. "
                f"Contributions en attente retirées : {counts['withdrawn']}."
            )
        )
