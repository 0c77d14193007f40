"""Contact cards go through the moderation workflow like pages: the site's moderation workflow
is assigned to the card model, and the editors (Toimittajat) no longer publish cards
themselves (post_migrate gave them the publish permission until now)."""

from django.db import migrations

from sitewide.permissions import EDITORS_GROUP, MODERATION_WORKFLOW, migration_revoke


def moderation_workflow(apps):
    """The workflow named so (sitewide 0003), or else the one the root page has."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW, active=True).first()
    if workflow is None:
        root = WorkflowPage.objects.filter(page__depth=1).select_related("workflow").first()
        workflow = root.workflow if root else None
    return workflow


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    card_type, _ = ContentType.objects.get_or_create(app_label="contacts", model="contactcard")
    workflow = moderation_workflow(apps)
    # A site that already chose a workflow for cards keeps it.
    if (
        workflow is not None
        and not WorkflowContentType.objects.filter(content_type=card_type).exists()
    ):
        WorkflowContentType.objects.create(workflow=workflow, content_type=card_type)
    migration_revoke(apps, EDITORS_GROUP, "contacts", ["publish_contactcard"])


def backwards(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="contacts", content_type__model="contactcard"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0002_contactcard_token"),
        # The groups and the workflow carry their Finnish names from here on.
        ("sitewide", "0003_finnish_group_and_workflow_names"),
        ("wagtailcore", "0083_workflowcontenttype"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
