"""Network and event listings take a fixed number of queries however many items they show."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import NetworkMeeting, NetworkMember
from tests.factories import KeywordFactory
from tests.network.factories import (
    EventPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 14
# A network page at depth 4 spends 11 queries before its own content (Wagtail's routing, view
# restrictions, the shared header menu and breadcrumbs), then one per section: regions, members,
# meetings, ways to take part, latest news (and its view-restriction check), upcoming events,
# coordinator, keywords, privacy notice link.
NETWORK_PAGE_MAX_QUERIES = 22


@pytest.fixture(params=[10, 50], ids=["10-items", "50-items"])
def many(request, home, network_index, event_index, coordinator):
    count = request.param
    vocabulary = [KeywordFactory(name=f"aihe {n}") for n in range(6)]
    regions = [RegionFactory(name=f"Seutu {n}", slug=f"seutu-{n}") for n in range(6)]
    organisations = [
        OrganisationFactory(name=f"Jäsenjärjestö {n} ry", region=regions[n % 6])
        for n in range(count)
    ]
    network = NetworkPageFactory(
        parent=network_index,
        title="Iso verkosto",
        slug="iso-verkosto",
        coordinator=coordinator,
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
        regions=regions,
        keywords=vocabulary[:3],
        members=[NetworkMember(organisation=org, role="Jäsen") for org in organisations],
        meetings=[
            NetworkMeeting(date=datetime.date(2021, 1, 1) + datetime.timedelta(days=7 * n))
            for n in range(count)
        ],
    )
    for n in range(count):
        NetworkPageFactory(
            parent=network_index,
            regions=regions[: n % 6],
            keywords=[vocabulary[(n + k) % 6] for k in range(3)],
        )
        EventPageFactory(
            parent=event_index,
            network=network,
            keywords=[vocabulary[(n + k) % 6] for k in range(3)],
        )
        past = timezone.now() - datetime.timedelta(days=n + 1)
        EventPageFactory(
            parent=event_index,
            network=network,
            start=past,
            end=past + datetime.timedelta(hours=1),
            keywords=[vocabulary[n % 6]],
        )
    return network


LISTING_URLS = [
    "/verkostot/",
    "/verkostot/iso-verkosto/ical/",
    "/tapahtumat/",
    "/tapahtumat/arkisto/",
    "/tapahtumat/arkisto/?page=1",
    "/tapahtumat/ical/",
]


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


# One test per size runs every URL: building 150 pages for each URL separately is slow.
def test_listing_queries_do_not_grow_with_items(client, many):
    counts = {url: queries_for(client, url) for url in LISTING_URLS}
    assert {url: n for url, n in counts.items() if n > MAX_QUERIES} == {}


def test_event_page_queries_are_bounded(client, many, event_index):
    event = event_index.get_children().last()
    assert queries_for(client, event.url) <= MAX_QUERIES


def test_network_page_queries_do_not_grow_with_members_meetings_or_events(client, many):
    assert queries_for(client, many.url) <= NETWORK_PAGE_MAX_QUERIES
    html = client.get(many.url).content.decode()
    assert html.count('class="news-card event-card"') == 10
    assert html.count("Jäsenjärjestö ") == len(many.members.all())
