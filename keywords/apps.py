from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_editor_permissions(sender, **kwargs):
    from sitewide.permissions import grant_to_editor_groups

    from .models import Keyword

    grant_to_editor_groups(Keyword, ("add", "change", "delete"))


class KeywordsConfig(AppConfig):
    name = "keywords"
    verbose_name = "Asiasanat"

    def ready(self):
        post_migrate.connect(grant_editor_permissions, dispatch_uid="keywords_editor_permissions")
        from . import frontcache  # noqa: F401
