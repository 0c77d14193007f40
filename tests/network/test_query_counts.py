"""The shortcuts that keep network and event pages at a fixed, low number of queries (routing
in one query with view-restriction flags) still honour privacy and the pages' own views.

tests/sitewide/test_query_counts.py measures every page type at 10 and 1,000 items.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.network.factories import EventPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and "/login" in response["Location"]


def test_login_restriction_on_the_network_list_still_guards_each_network(client, network_index):
    network = NetworkPageFactory(parent=network_index)
    PageViewRestriction.objects.create(page=network_index, restriction_type="login")
    assert is_login_redirect(client.get(network.url))
    assert is_login_redirect(client.get(network.url + "ical/"))


def test_login_restriction_on_the_calendar_still_guards_events_and_archive(client, event_index):
    event = EventPageFactory(parent=event_index)
    PageViewRestriction.objects.create(page=event_index, restriction_type="login")
    assert is_login_redirect(client.get(event.url))
    assert is_login_redirect(client.get(event_index.url + "arkisto/"))


def test_calendar_views_win_over_an_event_with_the_same_slug(client, event_index):
    EventPageFactory(parent=event_index, title="Tapahtuma nimeltä arkisto", slug="arkisto")
    response = client.get(event_index.url + "arkisto/")
    assert response.status_code == 200
    assert "Menneet tapahtumat" in response.content.decode()


def test_draft_event_is_not_served(client, event_index):
    EventPageFactory(parent=event_index, slug="luonnos", live=False)
    assert client.get(event_index.url + "luonnos/").status_code == 404


def test_network_page_shows_its_coordinator_only_while_the_card_is_published(
    client, open_network, coordinator
):
    assert "Koordinaattori Testinen" in client.get(open_network.url).content.decode()
    coordinator.unpublish()
    assert "Koordinaattori Testinen" not in client.get(open_network.url).content.decode()
