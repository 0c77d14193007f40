"""The demo has Swedish and English section pages: /sv/ and /en/ menus are in their language."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from contacts.demo import ensure_directory_page
from home.demo import load_demo_translations
from network.demo import load_demo_network
from news.demo import ensure_news_index

pytestmark = pytest.mark.django_db


def menu(client, url: str) -> list[str]:
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text() for a in soup.select(".main-nav a")]


def test_demo_menus_are_in_each_language_in_the_finnish_order(client, home):
    ensure_directory_page(home)
    load_demo_network(home)
    ensure_news_index(home)
    created = load_demo_translations(home)
    assert created == 10  # home and four sections, in two languages
    assert menu(client, "/") == ["Uutiset", "Asiantuntijat", "Verkostot", "Tapahtumat", "Asiasanat"]
    assert menu(client, "/sv/") == ["Nyheter", "Experter", "Nätverk", "Evenemang", "Ämnesord"]
    assert menu(client, "/en/") == ["News", "Experts", "Networks", "Events", "Keywords"]
    soup = BeautifulSoup(client.get("/en/verkostot/").content, "html.parser")
    assert soup.h1.get_text() == "Networks"
    # Networks are not translated: listed in Finnish, marked, and linked under /en/.
    first = soup.select_one(".news-card__title a")
    assert first["lang"] == "fi" and first["href"].startswith("/en/verkostot/")


def test_loading_the_translations_again_changes_nothing(home):
    ensure_news_index(home)
    load_demo_translations(home)
    pages = Page.objects.count()
    call_command("load_demo_translations")
    assert Page.objects.count() == pages


def titles(client, url: str, query: str) -> list[str]:
    soup = BeautifulSoup(client.get(url, {"q": query}).content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".search-hit__title a")]


def test_a_seed_article_is_read_and_found_in_swedish_and_english(client, home):
    from news.demo import load_demo_news

    load_demo_news(home)
    # Before its translation, Swedish search has nothing Swedish to find.
    assert titles(client, "/sv/haku/", "delaktigheten") == []
    load_demo_translations(home)
    swedish = "Lapplands nätverk för delaktighet fortsätter också år 2022"
    english = "The Lapland participation network continues its work in 2022"
    # Each language's own stemmer: an inflected form finds the base form in the text.
    assert swedish in titles(client, "/sv/haku/", "delaktigheten")
    assert english in titles(client, "/en/haku/", "networks")
    hit = BeautifulSoup(client.get("/sv/haku/", {"q": "delaktigheten"}).content, "html.parser")
    url = next(a["href"] for a in hit.select(".search-hit__title a") if a.get_text() == swedish)
    article = BeautifulSoup(client.get(url).content, "html.parser")
    assert article.h1.get_text(strip=True) == swedish and article.html["lang"] == "sv"
