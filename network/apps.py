from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_editor_permissions(sender, **kwargs):
    from sitewide.permissions import grant_to_editor_groups

    from .models import SignUp

    grant_to_editor_groups(SignUp, ("add", "change", "delete", "view"))


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Verkostot ja tapahtumat"

    def ready(self):
        post_migrate.connect(grant_editor_permissions, dispatch_uid="network_editor_permissions")
        from . import frontcache  # noqa: F401
