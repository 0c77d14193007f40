"""`make run`'s demo is two sites of one install: the Lapland participation network on the
default host and the North Ostrobothnia NGO site on pohjois-pohjanmaa.localhost, each with its
own seed article, identity, menu, footer, privacy notice and accessibility statement."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from contacts.models import ContactCard
from news.demo_data import NEWS
from news.models import NewsPage
from sitewide.demo_sites import DEMO_SITES_BY_KEY, LAPLAND, NORTH_OSTROBOTHNIA

pytestmark = pytest.mark.django_db

NORTH_HOST = DEMO_SITES_BY_KEY[NORTH_OSTROBOTHNIA].hostname
LAPLAND_SEED = "Lapin osallisuusverkosto jatkaa toimintaansa myös vuonna 2022"
NORTH_SEED = "Järjestöt mukana POPsote-hankkeen kehittämistyössä"
# What `make demo` runs, in its order, on the test client's host (testserver:80).
DEMO_COMMANDS = [
    ("setup_demo_sites", {"hostname": "testserver", "port": 80}),
    ("load_demo_contacts", {}),
    ("load_demo_network", {}),
    ("load_demo_news", {}),
    ("load_demo_home", {}),
    ("load_demo_translations", {}),
    ("load_demo_identity", {}),
]


def load_demo() -> None:
    for name, options in DEMO_COMMANDS:
        call_command(name, stdout=io.StringIO(), **options)


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo()


def home_of(client, host: str) -> BeautifulSoup:
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_each_site_home_shows_its_own_seed_article_identity_and_menu(demo, client):
    lapland = home_of(client, "testserver")
    north = home_of(client, NORTH_HOST)

    assert lapland.find(class_="site-brand").get_text(strip=True) == "Lapin osallisuusverkosto"
    assert north.find(class_="site-brand").get_text(strip=True) == (
        "Pohjois-Pohjanmaan järjestöyhteistyö"
    )
    assert "site-header--brand-base" in lapland.header["class"]
    assert "site-header--success-dark1" in north.header["class"]

    lapland_featured = lapland.find(class_="featured").get_text(" ", strip=True)
    north_featured = north.find(class_="featured").get_text(" ", strip=True)
    assert LAPLAND_SEED in lapland_featured and NORTH_SEED in north_featured
    assert NORTH_SEED not in lapland.get_text() and LAPLAND_SEED not in north.get_text()

    for soup in (lapland, north):
        menu = {a["href"] for a in soup.select("header nav a")}
        assert {"/uutiset/", "/asiantuntijat/", "/verkostot/", "/tapahtumat/"} <= menu


def test_each_site_answers_its_own_seed_article_and_not_the_others(demo, client):
    lapland_seed = NewsPage.objects.get(title=LAPLAND_SEED)
    north_seed = NewsPage.objects.get(title=NORTH_SEED)
    assert lapland_seed.get_site().hostname == "testserver"
    assert north_seed.get_site().hostname == NORTH_HOST
    lapland_path = lapland_seed.relative_url(lapland_seed.get_site())
    assert client.get(lapland_path).status_code == 200
    assert client.get(lapland_path, HTTP_HOST=NORTH_HOST).status_code == 404
    north_path = north_seed.relative_url(north_seed.get_site())
    assert client.get(north_path, HTTP_HOST=NORTH_HOST).status_code == 200
    assert client.get(north_path, HTTP_HOST="testserver").status_code == 404


def test_each_site_has_its_own_footer_privacy_notice_and_accessibility_statement(demo, client):
    for host, contact in (
        ("testserver", "osallisuus@lapinsote.example"),
        (NORTH_HOST, "jarjestot@popsote.example"),
    ):
        footer = home_of(client, host).find(class_="site-footer").get_text(" ", strip=True)
        assert contact in footer
        for path in ("/tietosuojaseloste/", "/saavutettavuusseloste/"):
            assert client.get(path, HTTP_HOST=host).status_code == 200, (host, path)
    north_site = Site.objects.get(hostname=NORTH_HOST)
    statement = client.get("/saavutettavuusseloste/", HTTP_HOST=NORTH_HOST).content.decode()
    assert f"koskee {north_site.site_name}-sivustoa" in statement


def test_cards_are_on_the_sites_of_the_counties_they_serve(demo):
    lapland = Site.objects.get(is_default_site=True)
    north = Site.objects.get(hostname=NORTH_HOST)

    def sites_of(name: str) -> set[int]:
        return set(ContactCard.objects.get(name=name).sites.values_list("pk", flat=True))

    assert sites_of("Aino Koskela") == {lapland.pk}  # the Lapland network's coordinator
    assert sites_of("Marjut Hiltunen") == {north.pk}  # the POPsote NGO expert
    assert sites_of("Pekka Rantakangas") == {lapland.pk, north.pk}  # serves both counties


def test_every_demo_news_item_is_on_exactly_one_site(demo):
    lapland = Site.objects.get(is_default_site=True)
    north = Site.objects.get(hostname=NORTH_HOST)
    originals = NewsPage.objects.filter(locale__language_code="fi")
    assert sorted(originals.values_list("slug", flat=True)) == sorted(i["slug"] for i in NEWS)
    in_lapland = set(originals.descendant_of(lapland.root_page).values_list("slug", flat=True))
    in_north = set(originals.descendant_of(north.root_page).values_list("slug", flat=True))
    assert in_lapland and in_north and not in_lapland & in_north
    assert in_lapland | in_north == {item["slug"] for item in NEWS}


def test_loading_the_demo_again_changes_nothing(demo):
    def snapshot():
        return (
            list(Page.objects.order_by("path").values_list("pk", "path", "url_path", "live")),
            Revision.objects.count(),
            list(Site.objects.order_by("pk").values_list("hostname", "port", "root_page_id")),
            sorted(ContactCard.sites.through.objects.values_list("contactcard_id", "site_id")),
        )

    before = snapshot()
    load_demo()
    assert snapshot() == before


@pytest.mark.parametrize("key", [LAPLAND, NORTH_OSTROBOTHNIA])
def test_demo_sites_are_found_by_their_home_whatever_their_port(demo, key):
    from sitewide.demo_sites import demo_sites

    call_command("setup_demo_sites", hostname="testserver", port=8101, stdout=io.StringIO())
    site = demo_sites()[key]
    assert site.port == 8101
    assert site.root_page.slug == DEMO_SITES_BY_KEY[key].home_slug


def test_a_featured_page_of_another_site_is_not_shown(demo, client):
    from home.models import HomePage

    lapland_home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    lapland_home.featured = NewsPage.objects.get(title=NORTH_SEED)
    lapland_home.save_revision().publish()
    assert home_of(client, "testserver").find(class_="featured") is None


def test_a_finnish_featured_article_on_a_swedish_home_is_marked_finnish(demo, client):
    # The North Ostrobothnia seed has no Swedish version: its title is read as Finnish.
    response = client.get("/sv/", HTTP_HOST=NORTH_HOST)
    link = BeautifulSoup(response.content, "html.parser").select_one(".featured h3 a")
    assert link.get_text(strip=True) == NORTH_SEED and link["lang"] == "fi"
    assert link["href"].startswith("/sv/")
