"""Accessibility feedback (a visitor's name, email and words) goes to those who answer it:
the new `handle_feedback` permission, given to Moderaattorit; Toimittajat no longer read it."""

from django.db import migrations

from sitewide.permissions import (
    EDITORS_GROUP,
    MODERATORS_GROUP,
    migration_group,
    migration_permission,
    migration_revoke,
)

HANDLE = ("handle_feedback", "Saa käsitellä saavutettavuuspalautetta")
# What post_migrate gave both groups until now.
EDITORS_HAD = ("view_feedbackmessage", "change_feedbackmessage")


def forwards(apps, schema_editor):
    permission = migration_permission(apps, "pages", "feedbackmessage", *HANDLE)
    moderators = migration_group(apps, MODERATORS_GROUP)
    if moderators is not None:
        moderators.permissions.add(permission)
    migration_revoke(apps, EDITORS_GROUP, "pages", EDITORS_HAD)


def backwards(apps, schema_editor):
    for name in (EDITORS_GROUP, MODERATORS_GROUP):
        group = migration_group(apps, name)
        if group is not None:
            group.permissions.add(
                *apps.get_model("auth", "Permission").objects.filter(
                    content_type__app_label="pages", codename__in=EDITORS_HAD
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_rename_tables"),
        # The groups carry their Finnish names from here on.
        ("sitewide", "0003_finnish_group_and_workflow_names"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="feedbackmessage",
            options={
                "ordering": ["status", "due_date", "pk"],
                "permissions": [("handle_feedback", "Saa käsitellä saavutettavuuspalautetta")],
                "verbose_name": "saavutettavuuspalaute",
                "verbose_name_plural": "saavutettavuuspalautteet",
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
