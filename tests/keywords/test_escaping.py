"""A keyword name with markup comes out as text on every page, feed and JSON-LD that shows it."""

import json

import feedparser
import pytest
from bs4 import BeautifulSoup

from keywords.models import Keyword
from tests.escaping import RAW_MARKUP, assert_escaped
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("k")</script>"><img src=x onerror=alert(1)>'


def assert_escaped_html(response) -> str:
    assert response.status_code == 200
    return assert_escaped(response)


@pytest.fixture
def tagged(news_index):
    page = NewsPageFactory(parent=news_index, title="Merkitty uutinen", keywords=[PAYLOAD])
    return page, Keyword.objects.get(name=PAYLOAD)


def test_keyword_name_is_escaped_on_pages_that_list_it(client, tagged):
    page, keyword = tagged
    for url in (
        page.url,
        "/uutiset/",
        "/",
        "/asiasanat/",
        keyword.get_absolute_url(),
        f"/haku/?tag={keyword.slug}",
        "/haku/?q=merkitty",
    ):
        assert_escaped_html(client.get(url))


def test_keyword_name_in_news_json_ld_cannot_end_the_script(client, tagged):
    page, _keyword = tagged
    body = assert_escaped_html(client.get(page.url))
    soup = BeautifulSoup(body, "html.parser")
    blocks = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    (article,) = [block for block in blocks if block["@type"] == "NewsArticle"]
    assert article["keywords"] == [PAYLOAD]


@pytest.mark.parametrize("suffix", ["rss", "atom"])
def test_keyword_name_in_feeds_is_xml_text(client, tagged, suffix):
    _page, keyword = tagged
    for url in (f"/syotteet/uutiset.{suffix}", f"/syotteet/asiasanat/{keyword.slug}.{suffix}"):
        response = client.get(url)
        assert response.status_code == 200
        for markup in RAW_MARKUP:
            assert markup.encode() not in response.content
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert [tag.term for tag in feed.entries[0].tags] == [PAYLOAD]
    # The keyword feed's title names the keyword: as text too.
    assert PAYLOAD in feed.feed.title
