from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


def keep_merge_and_delete_to_moderators(sender, **kwargs):
    """Only Moderators merge and delete keywords (Editors create and rename them)."""
    from django.contrib.auth.models import Permission

    from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP, role_groups

    moderators_only = Permission.objects.filter(
        content_type__app_label="keywords", codename__in=["delete_keyword", "merge_keyword"]
    )
    for group in role_groups(EDITORS_GROUP):
        group.permissions.remove(*moderators_only)
    for group in role_groups(MODERATORS_GROUP):
        group.permissions.add(*moderators_only)


def keyword_deleted(sender, instance, **kwargs):
    """However a keyword goes, its URL then answers 410 Gone (merges repoint it afterwards)."""
    from .models import RetiredKeywordSlug

    if not RetiredKeywordSlug.objects.filter(slug=instance.slug).exists():
        RetiredKeywordSlug.retire(instance.slug, None)


class KeywordsConfig(AppConfig):
    name = "keywords"
    verbose_name = "Asiasanat"

    def ready(self):
        from sitewide.permissions import grant_after_migrate

        from .models import Keyword

        grant_after_migrate(
            self, {"Keyword": ("add", "change"), "KeywordSynonym": ("add", "change", "delete")}
        )
        # Connected after the grant, so it runs after it.
        post_migrate.connect(
            keep_merge_and_delete_to_moderators, dispatch_uid="keywords_moderators_only"
        )
        post_delete.connect(keyword_deleted, sender=Keyword, dispatch_uid="keywords_deleted")
        from . import frontcache  # noqa: F401
