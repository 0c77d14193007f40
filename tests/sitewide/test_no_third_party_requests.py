"""Public pages load nothing from other origins: no fonts, scripts, styles or trackers."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ContactCardFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def external_resources(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
        for element in soup.find_all(tag):
            value = element.get(attribute) or ""
            if (
                tag == "link"
                and "stylesheet" not in element.get("rel", [])
                and "icon" not in (element.get("rel") or [])
            ):
                continue
            if value.startswith(("http:", "https:", "//")):
                found.append(value)
    return found


def test_public_pages_use_only_the_sites_own_resources(client, news_index):
    article = NewsPageFactory(parent=news_index, keywords=["sote"])
    card = ContactCardFactory(keywords=["sote"])
    for url in (
        "/",
        "/uutiset/",
        article.url,
        "/asiasanat/",
        "/asiasanat/sote/",
        "/haku/?q=sote",
        card.get_absolute_url(),
        "/saavutettavuusseloste/",
        "/ei-ole/",
    ):
        assert external_resources(client.get(url).content.decode()) == [], url
