"""The HTML sitemap the footer links to: sections in menu order, short sections' pages."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from sitewide.sitemap_page import MAX_LISTED_CHILDREN
from tests.factories import NewsPageFactory
from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db


def sitemap(client, url="/sivukartta/") -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_footer_links_to_the_html_sitemap_not_the_xml(client, home):
    footer = BeautifulSoup(client.get("/").content, "html.parser").find("footer")
    assert footer.find("a", string="Sivukartta")["href"] == "/sivukartta/"


def test_sitemap_lists_sections_and_the_pages_of_short_ones(client, home, news_index):
    networks = NetworkIndexPageFactory(parent=home, title="Verkostot", show_in_menus=True)
    NetworkPageFactory(parent=networks, title="Lapin verkosto")
    NetworkPageFactory(parent=networks, title="Luonnosverkosto", live=False)
    for n in range(MAX_LISTED_CHILDREN + 1):
        NewsPageFactory(parent=news_index, title=f"Uutinen {n}", slug=f"uutinen-{n}")
    soup = sitemap(client)
    text = soup.find("ul", class_="sitemap").get_text(" ", strip=True)
    assert "Verkostot" in text and "Lapin verkosto" in text
    assert "Luonnosverkosto" not in text
    assert "Tietosuojaseloste" in text  # sections outside the menu too
    assert f"({MAX_LISTED_CHILDREN + 1} sivua)" in text
    assert "Uutinen 0" not in text  # a long section is linked as a whole


def test_swedish_sitemap_uses_translated_sections_and_marks_finnish_pages(client, home):
    networks = NetworkIndexPageFactory(parent=home, title="Verkostot", show_in_menus=True)
    NetworkPageFactory(parent=networks, title="Lapin verkosto", slug="lapin-verkosto")
    swedish = Locale.objects.get(language_code="sv")
    home_sv = home.copy_for_translation(swedish)
    home_sv.title = "Delaktighet"
    home_sv.save_revision().publish()
    networks_sv = networks.copy_for_translation(swedish)
    networks_sv.title = "Nätverk"
    networks_sv.save_revision().publish()
    soup = sitemap(client, "/sv/sivukartta/").find("ul", class_="sitemap")
    section = soup.find("a", string="Nätverk")
    assert section["href"] == "/sv/verkostot/"
    network = section.find_next("a")
    assert network.get_text() == "Lapin verkosto"
    assert network["href"] == "/sv/verkostot/lapin-verkosto/"
    assert network["lang"] == "fi"
    # The privacy notice is not translated: listed in Finnish, under /sv/.
    privacy = soup.find("a", string="Tietosuojaseloste")
    assert privacy["href"] == "/sv/tietosuojaseloste/" and privacy["lang"] == "fi"
