from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_editor_permissions(sender, **kwargs):
    from .models import FeedbackMessage
    from .permissions import grant_to_editor_groups

    grant_to_editor_groups(FeedbackMessage, ("view", "change"))


class SitewideConfig(AppConfig):
    name = "sitewide"
    verbose_name = "Sivusto"

    def ready(self):
        post_migrate.connect(grant_editor_permissions, dispatch_uid="sitewide_editor_permissions")

        # csrf registers its system check, loginlimits its failed-login counter.
        from . import csrf, frontcache, loginlimits, signals  # noqa: F401

        signals.connect_signals()
        frontcache.connect_signals()
        frontcache.register_core()
