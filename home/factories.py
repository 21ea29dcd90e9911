"""Test data: quartiers (provisioned on creation, like any quartier) under the portal's home."""

import factory
from django.utils.text import slugify

from core.factories import PublishedPageFactory

from .models import HomePage, QuartierPage


class QuartierPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda number: f"Quartier {number}")
    slug = factory.LazyAttribute(lambda quartier: slugify(quartier.title))
    city = "Besançon"
    parent = factory.LazyFunction(HomePage.objects.get)

    class Meta:
        model = QuartierPage
