"""Wagtail creates its default groups and workflow in English; Finnish editors read them daily.

Renames only what still carries Wagtail's default name, so a site that renamed them keeps its own.
"""

from django.db import migrations

GROUPS = {"Editors": "Toimittajat", "Moderators": "Moderaattorit"}
WORKFLOW = {"Moderators approval": "Moderaattorin hyväksyntä"}


def rename(apps, groups: dict, workflows: dict) -> None:
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for old, new in groups.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    for old, new in workflows.items():
        Workflow.objects.filter(name=old).update(name=new)
        Task.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, GROUPS, WORKFLOW)


def backwards(apps, schema_editor):
    rename(
        apps,
        {new: old for old, new in GROUPS.items()},
        {new: old for old, new in WORKFLOW.items()},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sitewide", "0002_accessibilitystatementpage_feedbackmessage"),
        # Every Wagtail migration that looks the default groups up by name runs first.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
