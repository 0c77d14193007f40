"""The page frame: one search box on the home page, a menu button that works without
JavaScript, images that fill the text column with a credit."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_has_one_search_box(client, home):
    soup = soup_of(client, "/")
    assert len(soup.find_all("form", role="search")) == 1
    assert len(soup.find_all("input", type="search")) == 1


def test_other_pages_have_the_header_search(client, news_index):
    soup = soup_of(client, news_index.url)
    assert soup.find("header").find("form", role="search") is not None


def test_menu_button_controls_the_menu_and_waits_for_javascript(client, home):
    soup = soup_of(client, "/")
    button = soup.find("button", class_="menu-toggle")
    assert button["aria-expanded"] == "false"
    assert button.has_attr("hidden")  # without JavaScript the menu is simply open
    menu = soup.find(id=button["aria-controls"])
    assert menu.find("nav", class_="main-nav") is not None
    assert any(s["src"].endswith("js/menu.js") for s in soup.find_all("script", src=True))
    assert not [s for s in soup.find_all("script") if not s.has_attr("src")]
    assert not soup.find_all(style=True) and not soup.find_all("style")


def test_header_image_fills_the_column_and_shows_its_credit(client, news_index):
    article = NewsPageFactory(parent=news_index)
    article.header_image = Image.objects.create(
        title="kuva", file=get_test_image_file(size=(1600, 900))
    )
    article.header_image_alt = "Verkoston kokous"
    article.header_image_credit = "Maija Kuvaaja"
    article.save_revision().publish()
    figure = soup_of(client, article.url).find("figure", class_="figure--header")
    image = figure.img
    assert image["sizes"] == "(min-width: 48.5rem) 46rem, calc(100vw - 2.5rem)"
    widths = sorted(int(c.split()[-1].rstrip("w")) for c in image["srcset"].split(","))
    assert widths == [400, 800, 1200]
    assert figure.figcaption.get_text() == "Kuva: Maija Kuvaaja"


def test_keyword_page_links_to_its_news_feed(client, news_index):
    article = NewsPageFactory(parent=news_index)
    article.keywords.add("Lappi")
    article.save_revision().publish()
    soup = soup_of(client, "/asiasanat/lappi/")
    link = soup.find("a", string="Asiasanan Lappi uutiset RSS-syötteenä")
    feed = client.get(link["href"])
    assert feed.status_code == 200
    assert article.title in feed.content.decode()
