"""The quartier's "Participer" tile counts the contributions published there this month."""

import pytest

from participation.models import Contribution

from .conftest import approve
from .test_article import send_article

pytestmark = pytest.mark.django_db


def test_the_tile_counts_this_quartiers_published_contributions_only(
    client, participer, other_participer, animateur, other_animateur
):
    send_article(client, participer)
    send_article(client, other_participer, title="Le marché de Kérourien")
    approve(Contribution.objects.get(quartier_id=participer.get_parent().pk), animateur)

    assert participer.get_teaser() == {"published": 1}
    assert other_participer.get_teaser() == {"published": 0}
