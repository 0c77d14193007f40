"""Finnish editors see Wagtail's default groups and moderation workflow under Finnish names."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from sitewide.permissions import EDITOR_GROUPS, MODERATION_WORKFLOW, MODERATORS_GROUP

pytestmark = pytest.mark.django_db


def test_default_groups_are_named_in_finnish():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(EDITOR_GROUPS) <= names
    assert not {"Editors", "Moderators"} & names


def test_moderation_workflow_and_its_task_are_named_in_finnish():
    workflow = Workflow.objects.get(name=MODERATION_WORKFLOW)
    task = workflow.tasks.get()
    assert task.name == MODERATION_WORKFLOW
    assert list(task.specific.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_editor_groups_keep_the_permissions_wagtail_gave_them():
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    codenames = set(moderators.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_image", "add_document"} <= codenames
    assert moderators.page_permissions.filter(permission__codename="publish_page").exists()
