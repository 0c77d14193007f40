"""The Lapland demo site offers Northern Sámi, and its seed article has a short Northern Sámi
version marked as a demo of the translation workflow."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from home.demo_sami import ARTICLE, SEED_ARTICLE_SLUG, load_demo_sami
from news.demo import load_demo_news
from sitewide.languages import site_languages

pytestmark = pytest.mark.django_db


def test_before_the_loader_the_site_has_no_sami(client, home):
    load_demo_news(home)
    assert client.get("/se/").status_code == 404


def test_the_lapland_site_offers_fi_se_sv_en_and_reads_the_article_in_sami(client, home):
    load_demo_news(home)
    call_command("load_demo_translations")
    assert site_languages(home.get_site()) == ["fi", "sv", "en", "se"]
    page = Page.objects.get(slug=SEED_ARTICLE_SLUG, locale__language_code="se")
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "se"
    assert soup.h1.get_text(strip=True) == ARTICLE["title"]
    note = soup.find(string=lambda text: "Esimerkkiteksti käännöstyönkulun" in text)
    assert note is not None and note.find_parent("p")["lang"] == "fi"
    switch = {a["hreflang"]: a.get_text() for a in soup.select(".lang-switch a")}
    assert switch["se"] == "davvisámegiella"
    # The date is numeric in every language, never a Finnish month name.
    assert soup.select_one(".article__date time").get_text() == "2.11.2021"


def test_loading_the_sami_demo_again_changes_nothing(home):
    load_demo_news(home)
    assert load_demo_sami() == 3  # home page, news archive, article
    pages = Page.objects.count()
    assert load_demo_sami() == 0
    assert Page.objects.count() == pages
