"""Granting model permissions to the editor groups (Wagtail's Editors and Moderators)."""

from django.apps import AppConfig
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_migrate

# Wagtail's default groups under the Finnish names migration sitewide 0003 gives them.
EDITORS_GROUP = "Toimittajat"
MODERATORS_GROUP = "Moderaattorit"
EDITOR_GROUPS = (EDITORS_GROUP, MODERATORS_GROUP)
MODERATION_WORKFLOW = "Moderaattorin hyväksyntä"


def grant_to_editor_groups(model, actions: tuple[str, ...]) -> None:
    """Give both groups `actions` (e.g. "add", "change", "publish") on `model`; idempotent.

    Runs after migrate (snippet publish permissions exist only from then on).
    """
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    permissions = Permission.objects.filter(content_type=content_type, codename__in=codenames)
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)


def grant_after_migrate(app_config: AppConfig, grants: dict[str, tuple[str, ...]]) -> None:
    """After every migrate, give the editor groups `grants` ({model name: actions}) on the
    app's models. Call from `AppConfig.ready()`: the handler then runs after Wagtail's own,
    which creates the snippets' publish permissions."""

    def grant(sender, **kwargs):
        for model_name, actions in grants.items():
            grant_to_editor_groups(app_config.get_model(model_name), actions)

    post_migrate.connect(grant, weak=False, dispatch_uid=f"{app_config.label}_editor_permissions")
