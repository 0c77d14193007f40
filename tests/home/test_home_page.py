"""The home page: its intro and search, the newest news and the next events, in a fixed number
of queries whatever the number of items."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from home.models import LATEST_NEWS_COUNT, UPCOMING_EVENTS_COUNT
from tests.factories import NewsPageFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)
from tests.sitewide.test_query_counts import LARGE, MAX_QUERIES, SMALL, query_counts

pytestmark = pytest.mark.django_db


def home_soup(client) -> BeautifulSoup:
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_links(soup: BeautifulSoup, heading_id: str) -> list[str]:
    """The titles linked in the section that the heading `heading_id` labels."""
    section = soup.find(attrs={"aria-labelledby": heading_id})
    assert section is not None, f"no section labelled {heading_id}"
    return [a.get_text(strip=True) for a in section.select("h3 a")]


def test_home_shows_its_title_intro_and_a_search_form(client, home):
    home.intro = "Osallisuusverkostojen yhteinen sivusto."
    home.save_revision().publish()
    soup = home_soup(client)
    assert soup.h1.get_text(strip=True) == home.title
    assert "Osallisuusverkostojen yhteinen sivusto." in soup.get_text()
    form = soup.find("form", role="search")
    assert form["action"] == reverse("search")
    assert form.find("input", attrs={"name": "q"}) is not None


def test_home_lists_the_newest_news_first_and_links_to_the_archive(client, news_index):
    today = timezone.localdate()
    for days_ago in range(LATEST_NEWS_COUNT + 2):
        NewsPageFactory(
            parent=news_index,
            title=f"Uutinen {days_ago} päivää sitten",
            date=today - datetime.timedelta(days=days_ago),
        )
    soup = home_soup(client)
    assert section_links(soup, "latest-news") == [
        f"Uutinen {days_ago} päivää sitten" for days_ago in range(LATEST_NEWS_COUNT)
    ]
    section = soup.find(attrs={"aria-labelledby": "latest-news"})
    assert news_index.url in [a["href"] for a in section.find_all("a")]


def test_home_without_news_or_events_says_so_and_shows_no_event_section(client, home):
    soup = home_soup(client)
    assert section_links(soup, "latest-news") == []
    assert "Uutisia ei vielä ole." in soup.get_text()
    assert soup.find(id="upcoming-events") is None


def test_home_lists_the_next_upcoming_events_with_their_organiser(client, home):
    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home), title="Lapin osallisuusverkosto"
    )
    events = EventIndexPageFactory(parent=home)
    now = timezone.now().replace(microsecond=0)
    past = now - datetime.timedelta(days=3)
    EventPageFactory(parent=events, title="Mennyt tapahtuma", start=past, end=past)
    for days in range(UPCOMING_EVENTS_COUNT + 1, 0, -1):
        start = now + datetime.timedelta(days=days)
        EventPageFactory(
            parent=events,
            title=f"Tapahtuma {days} päivän päästä",
            start=start,
            end=start + datetime.timedelta(hours=2),
            network=network,
        )
    soup = home_soup(client)
    assert section_links(soup, "upcoming-events") == [
        f"Tapahtuma {days} päivän päästä" for days in range(1, UPCOMING_EVENTS_COUNT + 1)
    ]
    section = soup.find(attrs={"aria-labelledby": "upcoming-events"})
    assert "Lapin osallisuusverkosto" in section.get_text()


def test_home_takes_as_many_queries_with_1000_news_and_events_as_with_10(
    client, site, django_assert_max_num_queries
):
    site.grow(SMALL, {"news", "events"})
    small = query_counts(client, ["/"], django_assert_max_num_queries)
    soup = home_soup(client)
    assert len(section_links(soup, "latest-news")) == LATEST_NEWS_COUNT
    assert len(section_links(soup, "upcoming-events")) == UPCOMING_EVENTS_COUNT

    site.grow(LARGE - SMALL, {"news", "events"})
    # Both counts warm (the per-process and fragment caches filled), so like is compared with
    # like: growing the archive purges those caches, and a cold page costs a few queries more.
    large = query_counts(client, ["/"], django_assert_max_num_queries)
    assert large == small
    assert small["/"] <= MAX_QUERIES
