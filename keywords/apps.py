from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


def grant_editor_permissions(sender, **kwargs):
    """Editors create and rename keywords; Moderators also merge and delete them."""
    from django.contrib.auth.models import Group, Permission

    from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP, grant_to_editor_groups

    from .models import Keyword, KeywordSynonym

    grant_to_editor_groups(Keyword, ("add", "change"))
    grant_to_editor_groups(KeywordSynonym, ("add", "change", "delete"))
    moderators_only = Permission.objects.filter(
        content_type__app_label="keywords", codename__in=["delete_keyword", "merge_keyword"]
    )
    for group in Group.objects.filter(name=EDITORS_GROUP):
        group.permissions.remove(*moderators_only)
    for group in Group.objects.filter(name=MODERATORS_GROUP):
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
        from .models import Keyword

        post_migrate.connect(grant_editor_permissions, dispatch_uid="keywords_editor_permissions")
        post_delete.connect(keyword_deleted, sender=Keyword, dispatch_uid="keywords_deleted")
        from . import frontcache  # noqa: F401
