from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MemoireConfig(AppConfig):
    name = "memoire"
    verbose_name = _("La mémoire du quartier")
