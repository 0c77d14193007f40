from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from . import checks, frontcache, signals  # noqa: F401

        signals.connect()
