import datetime

import feedparser
import pytest

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(news_index):
    return [
        NewsPageFactory(
            parent=news_index, title="Vanhempi", date=datetime.date(2021, 3, 1), keywords=["sote"]
        ),
        NewsPageFactory(
            parent=news_index, title="Uudempi", date=datetime.date(2022, 5, 2), keywords=["nuoret"]
        ),
        NewsPageFactory(parent=news_index, title="Luonnos", live=False, keywords=["sote"]),
    ]


@pytest.mark.parametrize("url", ["/syotteet/uutiset.rss", "/syotteet/uutiset.atom"])
def test_feed_lists_live_news_newest_first_with_dates_and_categories(client, news, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["Uudempi", "Vanhempi"]
    newest = feed.entries[0]
    assert newest.published_parsed[:3] == (2022, 5, 2)
    assert newest.link.endswith("/uutiset/uutinen-" + newest.link.rsplit("-", 1)[-1])
    assert [tag.term for tag in newest.tags] == ["nuoret"]


@pytest.mark.parametrize("suffix", ["rss", "atom"])
def test_keyword_feed_lists_only_that_keyword(client, news, suffix):
    feed = feedparser.parse(client.get(f"/syotteet/asiasanat/sote.{suffix}").content)
    assert [entry.title for entry in feed.entries] == ["Vanhempi"]
    assert "sote" in feed.feed.title


def test_unknown_keyword_feed_is_404(client, news):
    assert client.get("/syotteet/asiasanat/ei-ole.rss").status_code == 404


def test_pages_link_to_feeds(client, news):
    html = client.get("/uutiset/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/syotteet/uutiset.atom"' in html
