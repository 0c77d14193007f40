import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_but_not_drafts(client, news_index):
    live = NewsPageFactory(parent=news_index, slug="julkinen")
    NewsPageFactory(parent=news_index, slug="luonnos-sivu", live=False)
    body = client.get("/sitemap.xml").content.decode()
    assert live.url in body
    assert "luonnos-sivu" not in body


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize("prefix, lang", [("", "fi"), ("/sv", "sv"), ("/en", "en")])
def test_html_lang_follows_the_url_language(client, home, prefix, lang):
    soup = BeautifulSoup(client.get(f"{prefix}/haku/").content, "html.parser")
    assert soup.html["lang"] == lang


def test_language_switcher_keeps_the_current_page(client, home):
    soup = BeautifulSoup(client.get("/haku/?q=sote").content, "html.parser")
    links = {a["hreflang"]: a["href"] for a in soup.select(".lang-switch a")}
    assert links == {"fi": "/haku/?q=sote", "sv": "/sv/haku/?q=sote", "en": "/en/haku/?q=sote"}
