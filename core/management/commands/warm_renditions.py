"""Make the images every published page shows, before the first visitor asks for them."""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand
from django.test import Client
from wagtail.images import get_image_model

from core.models import all_pages


class Command(BaseCommand):
    help = (
        "Crée à l'avance les images aux tailles que montrent les pages publiées (WebP et "
        "JPEG), en affichant chaque page une fois : le premier visiteur n'attend pas. "
        "À lancer après le chargement du contenu ou une mise à jour."
    )

    def handle(self, *args, **options):
        renditions = get_image_model().get_rendition_model().objects
        before = renditions.count()
        client = Client(raise_request_exception=False)
        # Any cookie goes around the page cache: each page is rendered, its images made.
        client.cookies["warm_renditions"] = "1"
        visited = failed = 0
        for page in all_pages().published().specific(defer=True).iterator():
            parts = page.get_url_parts()
            if parts is None or parts[1] is None:
                continue
            _site_id, root_url, path = parts
            address = urlsplit(root_url)
            response = client.get(
                path, headers={"host": address.netloc}, secure=address.scheme == "https"
            )
            visited += 1
            if response.status_code != 200:
                failed += 1
                self.stderr.write(f"{path} : erreur {response.status_code}")
        created = renditions.count() - before
        message = f"{visited} pages affichées, {created} images créées."
        if failed:
            self.stderr.write(f"{message} {failed} pages en erreur.")
        else:
            self.stdout.write(self.style.SUCCESS(message))
