"""Granting model permissions to Wagtail's default Editors and Moderators groups."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

EDITOR_GROUPS = ("Editors", "Moderators")


def grant_to_editor_groups(model, actions: tuple[str, ...]) -> None:
    """Give both groups `actions` (e.g. "add", "change", "publish") on `model`; idempotent.

    Runs after migrate (snippet publish permissions exist only from then on).
    """
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    permissions = Permission.objects.filter(content_type=content_type, codename__in=codenames)
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(*permissions)
