"""Editors translate pages with Wagtail's localisation; untranslated pages fall back to Finnish."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_tree(home, news_index):
    swedish = Locale.objects.get(language_code="sv")
    home_sv = home.copy_for_translation(swedish)
    home_sv.save_revision().publish()
    index_sv = news_index.copy_for_translation(swedish)
    index_sv.save_revision().publish()
    return index_sv


def test_translated_article_is_served_in_swedish(client, news_index, swedish_tree):
    article = NewsPageFactory(parent=news_index, title="Verkosto jatkaa", slug="verkosto-jatkaa")
    swedish = article.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Nätverket fortsätter"
    swedish.save_revision().publish()
    response = client.get("/sv/uutiset/verkosto-jatkaa/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Nätverket fortsätter"
    assert soup.html["lang"] == "sv"
    assert not soup.find(class_="notice", role="note")


def test_untranslated_article_is_shown_in_finnish_with_a_note(client, news_index, swedish_tree):
    NewsPageFactory(parent=news_index, title="Vain suomeksi", slug="vain-suomeksi")
    response = client.get("/sv/uutiset/vain-suomeksi/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Vain suomeksi"
    assert "den visas på finska" in soup.find(class_="notice", role="note").get_text()


def test_swedish_archive_lists_translations_and_untranslated_finnish_news(
    client, news_index, swedish_tree
):
    translated = NewsPageFactory(parent=news_index, title="Käännetty", slug="kaannetty")
    swedish = translated.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Översatt"
    swedish.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Vain suomeksi", slug="vain-suomeksi")
    soup = BeautifulSoup(client.get("/sv/uutiset/").content, "html.parser")
    titles = {a.get_text(): a for a in soup.select(".news-card__title a")}
    assert set(titles) == {"Översatt", "Vain suomeksi"}
    assert titles["Översatt"]["href"] == "/sv/uutiset/kaannetty/"
    assert not titles["Översatt"].has_attr("lang")
    finnish = titles["Vain suomeksi"]
    assert finnish["href"] == "/sv/uutiset/vain-suomeksi/"
    assert finnish["lang"] == "fi"
    assert finnish.find_next_sibling(class_="lang-note").get_text() == "(på finska)"


def test_finnish_archive_lists_no_translations(client, news_index, swedish_tree):
    article = NewsPageFactory(parent=news_index, title="Käännetty", slug="kaannetty")
    swedish = article.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Översatt"
    swedish.save_revision().publish()
    soup = BeautifulSoup(client.get("/uutiset/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".news-card__title a")] == ["Käännetty"]
    assert not soup.select(".lang-note")


def test_breadcrumbs_of_an_untranslated_page_run_through_the_translations(
    client, news_index, swedish_tree
):
    swedish_tree.title = "Nyheter"
    swedish_tree.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Vain suomeksi", slug="vain-suomeksi")
    soup = BeautifulSoup(client.get("/sv/uutiset/vain-suomeksi/").content, "html.parser")
    crumbs = [(a.get_text(), a["href"]) for a in soup.select(".breadcrumbs a")]
    assert crumbs == [("Startsida", "/sv/"), ("Nyheter", "/sv/uutiset/")]
    menu = [a.get_text() for a in soup.select(".main-nav a")]
    assert "Nyheter" in menu and "Uutiset" not in menu
