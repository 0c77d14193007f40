"""The language switcher links stay on the site whatever the address looks like."""

import re

import pytest
from bs4 import BeautifulSoup

from sitewide.models import SiteLanguages
from sitewide.translation import ensure_translation
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def language_hrefs(html: str) -> dict[str, str]:
    return {
        code: href for href, code in re.findall(r'<a href="([^"]*)" lang="(\w+)" hreflang=', html)
    }


@pytest.mark.parametrize("path", ["//evil.example/", "///evil.example/x", "/\\evil.example/"])
def test_language_links_never_point_off_site(client, home, path):
    # Sent as the raw path: client.get() would read "//evil.example" as a host name.
    response = client.request(PATH_INFO=path, REQUEST_METHOD="GET")
    assert response.status_code == 404
    links = language_hrefs(response.content.decode())
    assert set(links) == {"fi", "sv", "en"}
    for href in links.values():
        assert href.startswith("/") and not href.startswith(("//", "/\\")), href


def test_language_links_keep_the_page_and_query(client, home):
    links = language_hrefs(client.get("/haku/", {"q": "sote"}).content.decode())
    assert links["sv"] == "/sv/haku/?q=sote"
    assert links["en"] == "/en/haku/?q=sote"


def head_alternates(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def test_a_translated_article_names_each_version_as_an_absolute_hreflang_alternate(
    client, news_index
):
    article = NewsPageFactory(parent=news_index, slug="verkosto-jatkaa", title="Verkosto jatkaa")
    ensure_translation(news_index.get_parent(), "sv", title="Hem")
    ensure_translation(news_index, "sv", title="Nyheter")
    swedish = ensure_translation(article, "sv", title="Nätverket fortsätter")
    for path in (article.url, swedish.url):
        alternates = head_alternates(client.get(path).content.decode())
        assert alternates == {
            "fi": f"http://testserver{article.url}",
            "sv": f"http://testserver{swedish.url}",
            "x-default": f"http://testserver{article.url}",
        }


def test_an_untranslated_page_has_no_alternate_in_a_language_it_is_not_written_in(
    client, news_index
):
    # The switcher still offers /sv/ (it shows the Finnish original there), but a search
    # engine must not be told that address is Swedish.
    article = NewsPageFactory(parent=news_index, slug="vain-suomeksi", title="Vain suomeksi")
    html = client.get(article.url).content.decode()
    assert "sv" in language_hrefs(html)
    assert head_alternates(html) == {
        "fi": f"http://testserver{article.url}",
        "x-default": f"http://testserver{article.url}",
    }


def test_a_northern_sami_version_is_an_hreflang_se_alternate(client, news_index):
    SiteLanguages.objects.update_or_create(
        site=news_index.get_site(), defaults={"languages": ["fi", "se"]}
    )
    article = NewsPageFactory(parent=news_index, slug="artikkeli", title="Artikkeli")
    ensure_translation(news_index.get_parent(), "se", title="Ruoktu")
    ensure_translation(news_index, "se", title="Ođđasat")
    sami = ensure_translation(article, "se", title="Artihkal")
    alternates = head_alternates(client.get(sami.url).content.decode())
    assert alternates["se"] == f"http://testserver{sami.url}"
    assert alternates["x-default"] == f"http://testserver{article.url}"


def test_pages_that_are_not_wagtail_pages_have_no_hreflang_alternates(client, home):
    assert head_alternates(client.get("/haku/").content.decode()) == {}


def test_the_alternates_of_a_paged_listing_name_the_listing_not_the_page_of_it(client, news_index):
    NewsPageFactory(parent=news_index)
    alternates = head_alternates(client.get(news_index.url, {"page": "1"}).content.decode())
    assert alternates["fi"] == f"http://testserver{news_index.url}"


def test_a_new_translation_appears_among_the_alternates_of_the_original_at_once(client, news_index):
    article = NewsPageFactory(parent=news_index, slug="artikkeli", title="Artikkeli")
    assert set(head_alternates(client.get(article.url).content.decode())) == {"fi", "x-default"}
    ensure_translation(news_index.get_parent(), "sv", title="Hem")
    ensure_translation(news_index, "sv", title="Nyheter")
    swedish = ensure_translation(article, "sv", title="Artikel")
    alternates = head_alternates(client.get(article.url).content.decode())
    assert alternates["sv"] == f"http://testserver{swedish.url}"
