from django.apps import AppConfig


class SitewideConfig(AppConfig):
    name = "sitewide"
    verbose_name = "Sivusto"

    def ready(self):
        from .permissions import grant_after_migrate

        grant_after_migrate(self, {"FeedbackMessage": ("view", "change")})

        from . import csrf, frontcache  # noqa: F401 - csrf registers its system check

        frontcache.connect_signals()
        frontcache.register_core()
