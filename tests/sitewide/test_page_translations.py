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
