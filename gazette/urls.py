from django.urls import path

from . import views

urlpatterns = [path("gazettes/flux/", views.all_quartiers, name="gazette_feed")]
