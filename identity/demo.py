"""The demo sites' identities: the Lapland participation network and the North Ostrobothnia NGO
cooperation site (sitewide/demo_sites.py). Names follow the seed announcements; the addresses,
logos and contacts are invented for the demo (`.example` addresses, no real office)."""

from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.models import Site

from sitewide.demo_sites import LAPLAND, NORTH_OSTROBOTHNIA

from .models import SiteIdentity


@dataclass(frozen=True)
class DemoIdentity:
    organisation_name: str
    header_colour: str  # one of identity.colours.HEADER_COLOURS (all pass WCAG AA)
    footer_contacts: str
    logo_svg: bytes
    favicon_svg: bytes
    file_stem: str


# Three circles (people meeting) under a fell line: drawn for the demo.
LAPLAND_LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"
width="64" height="64">
<title>Logo</title>
<circle cx="32" cy="32" r="31" fill="#ffffff"/>
<path d="M6 36 L22 18 L30 27 L40 14 L58 36 Z" fill="#00357a" fill-opacity="0.85"/>
<circle cx="22" cy="44" r="8" fill="#2a6ebb" fill-opacity="0.9"/>
<circle cx="32" cy="44" r="8" fill="#078364" fill-opacity="0.85"/>
<circle cx="42" cy="44" r="8" fill="#f5a623" fill-opacity="0.85"/>
</svg>"""
LAPLAND_FAVICON_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"
width="32" height="32">
<rect width="32" height="32" rx="6" fill="#00357a"/>
<path d="M3 22 L11 10 L16 16 L21 8 L29 22 Z" fill="#ffffff"/>
</svg>"""
# Hands of four colours round a river mouth: drawn for the demo.
NORTH_OSTROBOTHNIA_LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"
width="64" height="64">
<title>Logo</title>
<circle cx="32" cy="32" r="31" fill="#ffffff"/>
<circle cx="20" cy="22" r="9" fill="#078364" fill-opacity="0.9"/>
<circle cx="44" cy="22" r="9" fill="#2a6ebb" fill-opacity="0.85"/>
<circle cx="20" cy="42" r="9" fill="#f5a623" fill-opacity="0.85"/>
<circle cx="44" cy="42" r="9" fill="#8e4ba8" fill-opacity="0.85"/>
<path d="M32 4 C28 20 36 44 32 60" stroke="#005a47" stroke-width="3" fill="none"/>
</svg>"""
NORTH_OSTROBOTHNIA_FAVICON_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"
width="32" height="32">
<rect width="32" height="32" rx="6" fill="#078364"/>
<circle cx="11" cy="11" r="5" fill="#ffffff"/>
<circle cx="21" cy="11" r="5" fill="#ffffff" fill-opacity="0.8"/>
<circle cx="11" cy="21" r="5" fill="#ffffff" fill-opacity="0.8"/>
<circle cx="21" cy="21" r="5" fill="#ffffff"/>
</svg>"""

IDENTITIES = {
    LAPLAND: DemoIdentity(
        organisation_name="Lapin osallisuusverkosto",
        header_colour="brand-base",
        footer_contacts=(
            "<p><b>Lapin osallisuusverkosto</b> (demo)<br/>Verkoston koordinointi, "
            "Esimerkkikatu 2, 96100 Rovaniemi<br/>"
            '<a href="mailto:osallisuus@lapinsote.example">osallisuus@lapinsote.example</a></p>'
        ),
        logo_svg=LAPLAND_LOGO_SVG,
        favicon_svg=LAPLAND_FAVICON_SVG,
        file_stem="lappi",
    ),
    NORTH_OSTROBOTHNIA: DemoIdentity(
        organisation_name="Pohjois-Pohjanmaan järjestöyhteistyö",
        header_colour="success-dark1",
        footer_contacts=(
            "<p><b>Pohjois-Pohjanmaan järjestöyhteistyö</b> (demo)<br/>POPsote-hanke, "
            "Esimerkkitie 10, 90100 Oulu<br/>"
            '<a href="mailto:jarjestot@popsote.example">jarjestot@popsote.example</a></p>'
        ),
        logo_svg=NORTH_OSTROBOTHNIA_LOGO_SVG,
        favicon_svg=NORTH_OSTROBOTHNIA_FAVICON_SVG,
        file_stem="pohjois-pohjanmaa",
    ),
}
# Kept for the tests and any caller that wants the first site's images.
LOGO_SVG = LAPLAND_LOGO_SVG
FAVICON_SVG = LAPLAND_FAVICON_SVG
# The one-site demo's earlier, fictional identity: demo content, not an editor's, so a database
# loaded by that demo gets the Lapland identity in its place.
FORMER_DEMO_NAME = "Järvilaakson osallisuusverkosto"


def load_demo_identity(site: Site, key: str = LAPLAND) -> SiteIdentity:
    """Give the site the demo identity `key` unless an editor has already set one."""
    demo = IDENTITIES[key]
    identity = SiteIdentity.for_site(site)
    if identity.logo and identity.organisation_name != FORMER_DEMO_NAME:
        return identity
    identity.organisation_name = demo.organisation_name
    identity.header_colour = demo.header_colour
    identity.footer_contacts = demo.footer_contacts
    identity.logo = ContentFile(demo.logo_svg, name=f"{demo.file_stem}-logo.svg")
    identity.favicon = ContentFile(demo.favicon_svg, name=f"{demo.file_stem}-favicon.svg")
    identity.save()
    return identity
