"""After migrate, Wagtail's editor groups may handle the apps' snippets and sign-ups."""

import pytest
from django.contrib.auth.models import Group

from sitewide.permissions import EDITOR_GROUPS

pytestmark = pytest.mark.django_db

GRANTED = [
    "keywords.add_keyword",
    "keywords.change_keyword",
    "pages.view_feedbackmessage",
    "pages.change_feedbackmessage",
    "network.view_signup",
    "network.delete_signup",
    "contacts.publish_contactcard",
    "contacts.change_organisation",
    "contacts.add_region",
]


@pytest.mark.parametrize("group_name", EDITOR_GROUPS)
def test_editor_groups_hold_the_apps_permissions_after_migrate(group_name):
    group = Group.objects.get(name=group_name)
    held = {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }
    assert set(GRANTED) <= held, set(GRANTED) - held
    assert "pages.delete_feedbackmessage" not in held
