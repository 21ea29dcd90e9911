"""Test data of the directory and the newcomers' guide (published unless told not to).

The directory and the guide of a quartier exist from its creation (provisioning): tests
fetch them with `AnnuairePage.objects.child_of(quartier)` and add actors with
`ActorPageFactory(parent=annuaire)`; `GuideStepsFactory` fills a guide's steps.
"""

import factory
import wagtail_factories
from django.utils import timezone

from core.factories import PublishedPageFactory

from .models import ActorPage
from .models.guide import GuideStepsBlock, StepBlock, step_data
from .vocabulary import Cost, DigitalService, Kind, Need

__all__ = ["ActorPageFactory", "GuideStepsFactory", "StepBlockFactory", "step_data"]


class ActorPageFactory(PublishedPageFactory):
    """A centre social open on weekdays with a lunch break, closed on public holidays."""

    title = factory.Sequence(lambda number: f"Lieu {number}")
    kind = Kind.CENTRE_SOCIAL
    needs = factory.LazyFunction(lambda: [Need.PAPIERS.value, Need.INFORMATIQUE.value])
    services = "On vous aide à faire vos papiers.\nOn vous prête un ordinateur."
    audience = "Tous les habitants du quartier."
    street = factory.Sequence(lambda number: f"{number + 1} rue des Lilas")
    postcode = "25000"
    city = "Besançon"
    latitude = "47.228600"
    longitude = "5.972000"
    opening_hours = "Mo-Fr 09:00-12:00,13:30-17:00; PH off"
    phone = "01 99 25 00 00"
    email = "accueil@lieu.example.org"
    cost = Cost.FREE
    languages = "français, arabe"
    digital_services = factory.LazyFunction(
        lambda: [DigitalService.PAPERS.value, DigitalService.EVERYDAY.value]
    )
    last_checked = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = ActorPage


class LineBlockFactory(wagtail_factories.CharBlockFactory):
    value = "Prenez rendez-vous."


class StepBlockFactory(wagtail_factories.StructBlockFactory):
    """`actors__0__page=actor` links a step to an actor (wagtail-factories syntax)."""

    title = "Inscrivez-vous à la CAF"
    lines = wagtail_factories.ListBlockFactory(LineBlockFactory)
    bring = wagtail_factories.ListBlockFactory(LineBlockFactory)
    actors = wagtail_factories.ListBlockFactory(wagtail_factories.PageChooserBlockFactory)
    link = ""

    class Meta:
        model = StepBlock


class GuideStepsFactory(wagtail_factories.StreamBlockFactory):
    step = factory.SubFactory(StepBlockFactory)

    class Meta:
        model = GuideStepsBlock
