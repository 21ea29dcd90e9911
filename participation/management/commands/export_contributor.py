import json

from django.core.management.base import BaseCommand

from participation.personal_data import export


class Command(BaseCommand):
    help = "Écrit tout ce que le portail garde sur une personne, à partir de son e-mail (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("email", help="L'adresse e-mail de la personne.")
        parser.add_argument("--output", help="Un fichier où écrire (sinon, à l'écran).")

    def handle(self, *args, **options):
        text = json.dumps(export(options["email"]), ensure_ascii=False, indent=2)
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stdout.write(self.style.SUCCESS(f"Écrit dans {options['output']}."))
        else:
            self.stdout.write(text)
