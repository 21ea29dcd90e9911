from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("L'agenda")

    def ready(self):
        from . import signals  # noqa: F401 (connects the search index updates)
