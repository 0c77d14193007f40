import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def json_ld_of_type(soup, type_name: str) -> list[dict]:
    blocks = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    return [block for block in blocks if block.get("@type") == type_name]


def test_news_page_has_news_article_json_ld_canonical_and_open_graph(client, news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Verkosto jatkaa",
        lead="Lyhyt ingressi.",
        keywords=["sote", "Lappi"],
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    (article,) = json_ld_of_type(soup, "NewsArticle")
    assert article["headline"] == "Verkosto jatkaa"
    assert article["datePublished"] == page.date.isoformat()
    assert article["keywords"] == ["Lappi", "sote"]
    assert article["publisher"]["name"] == "Osallisuus"
    assert soup.find("link", rel="canonical")["href"].endswith(page.url)
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Lyhyt ingressi."
    assert soup.find("meta", property="og:type")["content"] == "article"
    assert soup.find("meta", property="og:title")["content"] == "Verkosto jatkaa"


def test_related_articles_share_most_keywords_first(client, news_index):
    page = NewsPageFactory(parent=news_index, keywords=["a", "b", "c"])
    NewsPageFactory(parent=news_index, title="Yksi yhteinen", keywords=["a"])
    NewsPageFactory(parent=news_index, title="Kaksi yhteistä", keywords=["a", "b"])
    NewsPageFactory(parent=news_index, title="Ei yhteisiä", keywords=["x"])
    NewsPageFactory(parent=news_index, title="Luonnos", keywords=["a", "b", "c"], live=False)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    related = soup.find("section", class_="related")
    titles = [h.get_text(strip=True) for h in related.select(".news-card__title")]
    assert titles == ["Kaksi yhteistä", "Yksi yhteinen"]


def test_an_articles_own_translation_is_not_related_news(client, home, news_index):
    from sitewide.translation import ensure_translation

    page = NewsPageFactory(parent=news_index, title="Verkosto jatkaa", keywords=["a"])
    NewsPageFactory(parent=news_index, title="Toinen", keywords=["a"])
    for parent in (home, news_index):
        ensure_translation(parent, "sv")
    swedish = ensure_translation(page, "sv", title="Nätverket fortsätter")

    def related(url: str) -> list[str]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        section = soup.find("section", class_="related")
        cards = section.select(".news-card__title") if section else []
        return [h.get_text(strip=True).removesuffix("(på finska)") for h in cards]

    assert related(page.url) == ["Toinen"]
    assert related(swedish.url) == ["Toinen"]
