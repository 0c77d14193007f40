"""Granting model permissions to the editor groups (Wagtail's Editors and Moderators)."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

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
