"""Test data: tiny images with a credit, in the root collection unless told otherwise."""

import factory
import wagtail_factories
from wagtail.models import Collection

from .models import PeopleConsent, PortalImage


class PortalImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda number: f"Photo {number}")
    credit = "Karim B."
    people = PeopleConsent.NOBODY
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=64, height=48, color="orange", format="JPEG")

    class Meta:
        model = PortalImage
