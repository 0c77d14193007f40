"""Listings take a fixed number of queries however many items they show."""

import pytest

from tests.factories import KeywordFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


@pytest.fixture(params=[10, 100], ids=["10-items", "100-items"])
def many_news(request, news_index):
    vocabulary = [KeywordFactory(name=f"aihe {n}") for n in range(8)]
    for n in range(request.param):
        NewsPageFactory(
            parent=news_index,
            title=f"Verkostouutinen {n}",
            keywords=[vocabulary[(n + k) % 8] for k in range(4)],
        )
    return news_index


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/uutiset/",
        "/uutiset/?page=1",
        "/asiasanat/aihe-1/",
        "/asiasanat/",
        "/haku/?q=verkostouutinen",
        "/haku/?q=verkostouutinen&tag=aihe-1&tag=aihe-2",
        "/haku/?tag=aihe-3",
    ],
)
def test_listing_queries_do_not_grow_with_items(
    client, many_news, url, django_assert_max_num_queries
):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200


def test_article_page_queries_are_bounded(client, many_news, django_assert_max_num_queries):
    page = many_news.get_children().last()
    client.get(page.url)
    # Wagtail's routing walks the tree level by level; related news and cards add a few.
    with django_assert_max_num_queries(16):
        assert client.get(page.url).status_code == 200
