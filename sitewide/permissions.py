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


def grant_to_editor_groups(
    model, actions: tuple[str, ...], groups: tuple[str, ...] = EDITOR_GROUPS
) -> None:
    """Give `groups` (both, unless told) `actions` (e.g. "add", "change", "publish") on
    `model`; idempotent.

    Runs after migrate (snippet publish permissions exist only from then on).
    """
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    permissions = Permission.objects.filter(content_type=content_type, codename__in=codenames)
    for group in Group.objects.filter(name__in=groups):
        group.permissions.add(*permissions)


def grant_after_migrate(
    app_config: AppConfig,
    grants: dict[str, tuple[str, ...]],
    groups: tuple[str, ...] = EDITOR_GROUPS,
    name: str = "editor",
) -> None:
    """After every migrate, give `groups` `grants` ({model name: actions}) on the app's
    models. Call from `AppConfig.ready()`: the handler then runs after Wagtail's own, which
    creates the snippets' publish permissions. `name` tells apart two grants of one app."""

    def grant(sender, **kwargs):
        for model_name, actions in grants.items():
            grant_to_editor_groups(app_config.get_model(model_name), actions, groups)

    post_migrate.connect(grant, weak=False, dispatch_uid=f"{app_config.label}_{name}_permissions")


# Data migrations that move a permission between the groups. They take the migration's `apps`
# and run once, so a later change made in the admin (Settings → Groups) stays.


def migration_permission(apps, app_label: str, model: str, codename: str, name: str):
    """The permission, created if missing: on a fresh database Django creates permissions only
    after every migration has run (post_migrate creates no duplicate of this one)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def migration_group(apps, group_name: str):
    """The group, or None on a site that renamed or deleted it (then nothing is moved)."""
    return apps.get_model("auth", "Group").objects.filter(name=group_name).first()


def migration_revoke(apps, group_name: str, app_label: str, codenames) -> None:
    """Take `codenames` of `app_label` from the group, if it exists."""
    group = migration_group(apps, group_name)
    if group is not None:
        group.permissions.remove(
            *apps.get_model("auth", "Permission").objects.filter(
                content_type__app_label=app_label, codename__in=list(codenames)
            )
        )
