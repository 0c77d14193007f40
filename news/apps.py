from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Uutiset"

    def ready(self):
        from . import frontcache, signals  # noqa: F401
