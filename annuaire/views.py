"""Open data of every quartier below the current site's root (the whole portal)."""

from django.views.decorators.http import require_GET

from core.queries import attach_quartiers
from core.site_roots import current_site_root

from .models import ActorPage
from .models.directory import csv_response, json_response
from .opendata import datainclusion


def portal_actors(request):
    root = current_site_root(request)
    if root is None:
        return []
    actors = list(ActorPage.objects.descendant_of(root).published().by_name())
    attach_quartiers(actors)
    for actor in actors:
        if actor.quartier is not None:
            actor.subdiv = actor.quartier.departement_code
    return actors


@require_GET
def portal_lamednum(request):
    return csv_response(portal_actors(request), "lieux-mediation-numerique-quartiers.csv")


@require_GET
def portal_data_inclusion(request):
    return json_response(datainclusion.export(portal_actors(request), request))
