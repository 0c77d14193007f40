from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = _("Sivuston tunnus")

    def ready(self):
        from . import cache, frontcache  # noqa: F401  (they connect signal receivers)
