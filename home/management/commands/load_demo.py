from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import ADMIN_USERNAME, DEMO_PASSWORD
from portal.demo import load_all

LOGIN_HELP = f"""
  Le portail : {{url}}/
  L'espace des animateurs : {{url}}/admin/
    administrateur : {ADMIN_USERNAME} / {DEMO_PASSWORD}
    animateur d'un quartier : animateur-<quartier> / {DEMO_PASSWORD}
      par exemple : animateur-bellefontaine / {DEMO_PASSWORD}
  Ces comptes de démonstration n'existent qu'en mode démo (DEMO_MODE=on).
"""


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : les onze quartiers de l'étude, leurs pages "
        "et, en mode démo, les comptes de démonstration. Relancer ne change rien."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            load_all(log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
        if settings.DEMO_MODE:
            self.stdout.write(LOGIN_HELP.format(url=settings.WAGTAILADMIN_BASE_URL))
