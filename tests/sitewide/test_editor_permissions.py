"""After migrate, Wagtail's editor groups may handle the apps' snippets; personal data (sign-ups,
accessibility feedback, publishing contact cards) is the moderators'."""

import pytest
from django.contrib.auth.models import Group

from sitewide.permissions import EDITOR_GROUPS, EDITORS_GROUP, MODERATORS_GROUP

pytestmark = pytest.mark.django_db

GRANTED = [
    "keywords.add_keyword",
    "keywords.change_keyword",
    "contacts.add_contactcard",
    "contacts.change_contactcard",
    "contacts.change_organisation",
    "contacts.add_region",
]
# Personal data goes to the roles that handle it (docs/security.md, second review).
MODERATORS_ONLY = [
    "pages.handle_feedback",
    "network.view_signup",
    "network.change_signup",
    "network.delete_signup",
    "contacts.publish_contactcard",
]
NOBODYS = [
    "pages.view_feedbackmessage",
    "pages.change_feedbackmessage",
    "pages.delete_feedbackmessage",
]


def held(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


@pytest.mark.parametrize("group_name", EDITOR_GROUPS)
def test_editor_groups_hold_the_apps_permissions_after_migrate(group_name):
    assert set(GRANTED) <= held(group_name), set(GRANTED) - held(group_name)
    assert not set(NOBODYS) & held(group_name)


def test_moderators_alone_hold_the_permissions_over_personal_data():
    assert set(MODERATORS_ONLY) <= held(MODERATORS_GROUP), set(MODERATORS_ONLY) - held(
        MODERATORS_GROUP
    )
    assert not set(MODERATORS_ONLY) & held(EDITORS_GROUP)
