from django.urls import path, re_path

from . import views

urlpatterns = [
    path("agendas/", views.agenda, name="events_agenda"),
    path("agendas/mois/<int:year>/<int:month>/", views.month, name="events_month"),
    path("agendas/archives/", views.archive, name="events_archives"),
    path("agendas/archives/<int:year>/", views.archive, name="events_archive"),
    path("agendas.ics", views.calendar, name="events_calendar"),
    # An agenda's, a series' or an event's calendar: its page's address + "agenda.ics".
    re_path(
        r"^(?P<path>(?:[\w-]+/)+)agenda\.ics$", views.page_calendar, name="events_page_calendar"
    ),
]
