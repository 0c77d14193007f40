"""`ensure_demo_users` creates the demo accounts and tells where the admin really runs."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True, WAGTAILADMIN_BASE_URL="http://127.0.0.1:8201")
def test_login_instructions_use_the_port_the_site_runs_on():
    out = io.StringIO()
    call_command("ensure_demo_users", stdout=out)
    assert "http://127.0.0.1:8201/admin/" in out.getvalue()
    assert ":8000" not in out.getvalue()


@override_settings(DEBUG=True)
def test_demo_accounts_join_the_finnish_groups():
    call_command("ensure_demo_users", stdout=io.StringIO())
    users = get_user_model().objects
    assert list(users.get(username="toimittaja").groups.values_list("name", flat=True)) == [
        EDITORS_GROUP
    ]
    assert list(users.get(username="moderaattori").groups.values_list("name", flat=True)) == [
        MODERATORS_GROUP
    ]
    # An editor; network's link_demo_coordinator makes it a demo network's sign-up handler.
    assert list(users.get(username="koordinaattori").groups.values_list("name", flat=True)) == [
        EDITORS_GROUP
    ]


@override_settings(DEBUG=True)
def test_the_second_demo_sites_editor_and_moderator_join_only_that_sites_groups(home, other_site):
    from sitewide import demo_sites
    from sitewide.models import SiteEditors

    home = other_site.root_page
    home.slug = demo_sites.DEMO_SITES[1].home_slug  # how the demo finds its second site
    home.save()
    call_command("ensure_demo_users", stdout=io.StringIO())
    editing = SiteEditors.objects.get(site=other_site)
    users = get_user_model().objects
    assert list(users.get(username="toimittaja-pp").groups.all()) == [editing.editors]
    assert list(users.get(username="moderaattori-pp").groups.all()) == [editing.moderators]
