from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Verkostot ja tapahtumat"

    def ready(self):
        from sitewide.permissions import grant_after_migrate

        grant_after_migrate(self, {"SignUp": ("add", "change", "delete", "view")})
        from . import frontcache  # noqa: F401
