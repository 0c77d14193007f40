from django.apps import AppConfig


class KeywordsConfig(AppConfig):
    name = "keywords"
    verbose_name = "Asiasanat"

    def ready(self):
        from sitewide.permissions import grant_after_migrate

        grant_after_migrate(self, {"Keyword": ("add", "change", "delete")})
        from . import frontcache  # noqa: F401
