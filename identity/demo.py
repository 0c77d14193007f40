"""The demo's identity: a fictional county's participation network (no real organisation)."""

from django.core.files.base import ContentFile
from wagtail.models import Site

from .models import SiteIdentity

ORGANISATION_NAME = "Järvilaakson osallisuusverkosto"
# Three overlapping circles (people meeting) by a lake line: drawn for the demo.
LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<title>Logo</title>
<circle cx="32" cy="32" r="31" fill="#ffffff"/>
<circle cx="24" cy="27" r="11" fill="#2a6ebb" fill-opacity="0.9"/>
<circle cx="40" cy="27" r="11" fill="#078364" fill-opacity="0.85"/>
<circle cx="32" cy="40" r="11" fill="#f5a623" fill-opacity="0.85"/>
<path d="M8 50 Q20 44 32 50 T56 50" stroke="#00357a" stroke-width="3" fill="none"/>
</svg>"""
FAVICON_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"
width="32" height="32">
<rect width="32" height="32" rx="6" fill="#00357a"/>
<circle cx="12" cy="13" r="6" fill="#2a6ebb"/>
<circle cx="20" cy="13" r="6" fill="#078364" fill-opacity="0.85"/>
<circle cx="16" cy="20" r="6" fill="#f5a623" fill-opacity="0.85"/>
</svg>"""
FOOTER_CONTACTS = (
    "<p><b>Järvilaakson hyvinvointialue</b> (kuvitteellinen)<br/>Osallisuusyksikkö, "
    "Rantakatu 1, 99999 Järvilaakso<br/>"
    '<a href="mailto:osallisuus@jarvilaakso.example">osallisuus@jarvilaakso.example</a></p>'
)


def load_demo_identity(site: Site) -> SiteIdentity:
    """Give the site the demo identity unless an editor has already set one."""
    identity = SiteIdentity.for_site(site)
    if identity.logo:
        return identity
    identity.organisation_name = ORGANISATION_NAME
    identity.header_colour = "brand-base"
    identity.footer_contacts = FOOTER_CONTACTS
    identity.logo = ContentFile(LOGO_SVG, name="jarvilaakso-logo.svg")
    identity.favicon = ContentFile(FAVICON_SVG, name="jarvilaakso-favicon.svg")
    identity.save()
    return identity
