"""The whole portal's directory as open data (each quartier's is on its directory page)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "donnees/annuaire/lieux-mediation-numerique.csv",
        views.portal_lamednum,
        name="annuaire_lamednum",
    ),
    path(
        "donnees/annuaire/data-inclusion.json",
        views.portal_data_inclusion,
        name="annuaire_data_inclusion",
    ),
]
