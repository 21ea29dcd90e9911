from django.core.management.base import BaseCommand, CommandError

from home.quartiers import QuartierError, add_animateur


class Command(BaseCommand):
    help = "Donne à une personne le rôle d'animateur ou d'animatrice d'un quartier."

    def add_arguments(self, parser):
        parser.add_argument("username", help="Nom d'utilisateur (créé s'il n'existe pas).")
        parser.add_argument(
            "quartier_slug", help="Adresse web du quartier, par exemple « planoise »."
        )
        parser.add_argument("--email", help="Adresse e-mail de la personne.")

    def handle(self, *args, **options):
        try:
            user, created = add_animateur(
                options["username"], options["quartier_slug"], email=options["email"]
            )
        except QuartierError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"« {user.username} » anime maintenant « {options['quartier_slug']} »."
            )
        )
        if created:
            self.stdout.write(
                f"Compte créé sans mot de passe. Pour en donner un : "
                f"python manage.py changepassword {user.username}"
            )
