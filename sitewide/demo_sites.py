"""The demo's sites, in one place: `make run` creates them (home's `setup_demo_sites`) and each
app's demo loader asks here which site a demo item goes to.

It lives in sitewide because every domain app's loader imports it and sitewide is the one app
they all may import (contacts may not import home). A site is found by its home page's slug, so
the demo keeps finding it whatever port or hostname it was given; the default demo site is the
install's default site, whatever its home is called (a database made before there were two
sites keeps its one site as the first).
"""

from dataclasses import dataclass

from wagtail.models import Site

LAPLAND = "lappi"
NORTH_OSTROBOTHNIA = "pohjois-pohjanmaa"


@dataclass(frozen=True)
class DemoSite:
    key: str
    # None: the host `make run` serves on (HOST, 127.0.0.1 by default).
    hostname: str | None
    name: str
    home_title: str
    home_slug: str
    home_intro: str
    is_default: bool
    # contacts.Region.area of the regions whose organisations' cards belong to this site.
    area: str


DEMO_SITES = [
    DemoSite(
        key=LAPLAND,
        hostname=None,
        name="Lapin osallisuusverkosto",
        home_title="Lapin osallisuusverkosto",
        home_slug="etusivu",
        home_intro="Lapin osallisuusverkoston uutiset, tapahtumat ja asiantuntijat: asukkaiden "
        "osallisuus Lapin hyvinvointialueen palveluissa.",
        is_default=True,
        area="Lappi",
    ),
    DemoSite(
        key=NORTH_OSTROBOTHNIA,
        # *.localhost resolves to the loopback address without /etc/hosts (RFC 6761).
        hostname="pohjois-pohjanmaa.localhost",
        name="Pohjois-Pohjanmaan järjestöyhteistyö",
        home_title="Pohjois-Pohjanmaan järjestöyhteistyö",
        home_slug="pohjois-pohjanmaa",
        home_intro="Järjestöt ja kokemustoimijat mukana Pohjois-Pohjanmaan hyvinvointialueen "
        "kehittämisessä: uutiset, verkostot, tapahtumat ja asiantuntijat.",
        is_default=False,
        area="Pohjois-Pohjanmaa",
    ),
]
DEMO_SITES_BY_KEY = {demo.key: demo for demo in DEMO_SITES}
AREA_SITES = {demo.area: demo.key for demo in DEMO_SITES}


def find_demo_site(demo: DemoSite) -> Site | None:
    """The site `demo` describes, if it exists."""
    sites = Site.objects.select_related("root_page")
    if demo.is_default:
        return sites.filter(is_default_site=True).first()
    return sites.filter(root_page__depth=2, root_page__slug=demo.home_slug).first()


def demo_sites() -> dict[str, Site]:
    """Each demo site's key and its site; a key whose site does not exist gets the default site,
    so on a one-site install (and in one-site tests) every loader puts everything there, as the
    demo did before it had two sites. Empty when there is no default site."""
    default = find_demo_site(DEMO_SITES[0])
    if default is None:
        return {}
    return {demo.key: find_demo_site(demo) or default for demo in DEMO_SITES}
