from django.urls import path

from . import admin_views

app_name = "annuaire_admin"
urlpatterns = [
    path("a-verifier/", admin_views.freshness, name="freshness"),
    path("a-verifier/<int:actor_id>/verifie/", admin_views.mark_checked, name="mark_checked"),
    path("importer/", admin_views.import_view, name="import"),
]
