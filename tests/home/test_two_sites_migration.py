"""A database made by the one-site demo (today's main: one default site, every page under one
home) keeps working when `make run` makes the demo two sites: the existing site becomes the
Lapland site unchanged, the North Ostrobothnia site is added beside it, and nothing the editors
made is moved, changed or lost.

The old state is built the way main built it: `setup_site` for the default site and each
loader given that one home (the loaders' one-site path, which is main's behaviour), the old
demo identity, and then editors' own work on top: a page, a news item, a sign-up, an edited
card. No schema changes between the two, so no migration runs: the new setup does the move."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.models import Page, Site

from contacts.demo import ensure_directory_page, load_demo_contacts
from contacts.models import ContactCard
from home.demo import load_demo_translations
from home.site_setup import ensure_home_page
from identity.demo import LOGO_SVG
from identity.models import SiteIdentity
from network.demo import load_demo_network
from network.models import NetworkPage, SignUp
from news.demo import load_demo_news
from news.models import NewsIndexPage, NewsPage
from pages.models import StandardPage
from sitewide.demo_sites import DEMO_SITES_BY_KEY, NORTH_OSTROBOTHNIA
from sitewide.sites import in_site
from tests.factories import NewsPageFactory
from tests.home.test_demo_sites import DEMO_COMMANDS
from tests.network.factories import SignUpFactory

pytestmark = pytest.mark.django_db

HOST, PORT = "127.0.0.1", 8000
NORTH_HOST = DEMO_SITES_BY_KEY[NORTH_OSTROBOTHNIA].hostname


@pytest.fixture
def old_database(settings, tmp_path):
    """The one-site demo as main loaded it, with the editors' own work added."""
    settings.MEDIA_ROOT = tmp_path
    home = ensure_home_page(hostname=HOST, port=PORT)
    ensure_directory_page(home)
    load_demo_contacts()
    load_demo_network(home)
    load_demo_news(home)
    load_demo_translations(home)
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.organisation_name = "Järvilaakson osallisuusverkosto"
    identity.logo = ContentFile(LOGO_SVG, name="jarvilaakso-logo.svg")
    identity.save()

    page = home.add_child(
        instance=StandardPage(title="Toimittajan sivu", slug="oma-sivu", body="<p>Oma.</p>")
    )
    page.save_revision().publish()
    NewsPageFactory(parent=NewsIndexPage.objects.child_of(home).get(), title="Toimittajan uutinen")
    SignUpFactory(network=NetworkPage.objects.get(slug="popsote-jarjestoosallisuus"))
    card = ContactCard.objects.get(name="Marjut Hiltunen")
    card.expertise = "Toimittajan päivittämä kuvaus."
    card.save()
    return home


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("pk", "path", "url_path", "title", "live")
        ),
        "cards": {
            card.pk: (card.name, card.expertise, {site.pk for site in card.sites.all()})
            for card in ContactCard.objects.prefetch_related("sites")
        },
        "signups": list(SignUp.objects.order_by("pk").values_list("pk", "network_id", "email")),
        "default_site": Site.objects.filter(is_default_site=True).values_list(
            "pk", "hostname", "port", "root_page_id"
        )[0],
    }


def make_run() -> None:
    for name, options in DEMO_COMMANDS:
        if name == "setup_demo_sites":
            options = {"hostname": HOST, "port": PORT}
        call_command(name, stdout=io.StringIO(), **options)


def test_the_one_site_demo_becomes_the_first_of_two_with_nothing_lost(old_database, client):
    before = snapshot()
    old_urls = [
        page.get_url()
        for page in Page.objects.live().public().filter(depth__gte=2).specific()
        if page.get_url()
    ]

    make_run()
    after = snapshot()

    # Every page is where it was, with its address, title and state; only new pages were added.
    assert set(before["pages"]) <= set(after["pages"])
    assert len(after["pages"]) > len(before["pages"])
    # ... all of them in the new site (its home, its translations and their sections), but for
    # the Northern Sámi pages the first site now offers.
    new_pks = {row[0] for row in after["pages"]} - {row[0] for row in before["pages"]}
    new = Page.objects.filter(pk__in=new_pks)
    north = Site.objects.get(hostname=NORTH_HOST)
    lapland = Site.objects.get(is_default_site=True)
    sami_on_lapland = in_site(new.filter(locale__language_code="se"), lapland).count()
    assert in_site(new, north).count() + sami_on_lapland == len(new_pks)
    # The same default site on the same address and home; cards and sign-ups as they were.
    assert after["default_site"] == before["default_site"]
    assert after["cards"] == before["cards"]
    assert after["signups"] == before["signups"]
    # No demo item was made a second time on the new site.
    slugs = list(NewsPage.objects.filter(locale__language_code="fi").values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))

    # Both sites answer on their hosts, and every old URL still answers on the first.
    for url in old_urls:
        assert client.get(url, HTTP_HOST=f"{HOST}:{PORT}").status_code == 200, url
    assert client.get("/", HTTP_HOST=f"{NORTH_HOST}:{PORT}").status_code == 200
    assert client.get("/tietosuojaseloste/", HTTP_HOST=f"{NORTH_HOST}:{PORT}").status_code == 200
    # The old demo's fictional identity was demo content: the first site is now Lapland's.
    assert SiteIdentity.for_site(Site.objects.get(is_default_site=True)).organisation_name == (
        "Lapin osallisuusverkosto"
    )


def test_an_identity_the_editors_set_stays(old_database):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.organisation_name = "Editorien oma nimi"
    identity.save()
    make_run()
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    assert identity.organisation_name == "Editorien oma nimi"
