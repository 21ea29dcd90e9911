from django.core.management.base import BaseCommand, CommandError

from home.quartiers import QuartierError, create_quartier


class Command(BaseCommand):
    help = (
        "Crée un quartier et, avec lui, ses rubriques, sa collection d'images, "
        "son groupe d'animateurs et son circuit de modération."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--name", required=True, help="Nom du quartier, par exemple « Planoise »."
        )
        parser.add_argument("--city", required=True, help="Ville, par exemple « Besançon ».")
        parser.add_argument("--slug", help="Adresse web du quartier (par défaut, tirée du nom).")
        parser.add_argument("--hostname", help="Nom de domaine propre au quartier, s'il en a un.")

    def handle(self, *args, **options):
        try:
            quartier = create_quartier(
                options["name"], options["city"], slug=options["slug"], hostname=options["hostname"]
            )
        except QuartierError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Quartier « {quartier.title} » créé : {quartier.url_path}. "
                f"Groupe : « {quartier.animateurs_group.name} »."
            )
        )
