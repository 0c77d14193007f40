"""Editors set the site's name, logo, favicon, header colour and footer contacts in the admin;
every page shows them, and only accessible Suomi.fi colours can be chosen."""

import colorsys
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from identity.colours import HEADER_COLOURS
from identity.demo import IDENTITIES, load_demo_identity
from identity.models import SiteIdentity, validate_svg_or_png

pytestmark = pytest.mark.django_db


def contrast_with_white(hsl: str) -> float:
    h, s, lightness = (float(n) for n in re.findall(r"[\d.]+", hsl))
    rgb = colorsys.hls_to_rgb(h / 360, lightness / 100, s / 100)

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(linear, rgb)
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


@pytest.mark.parametrize(("name", "label", "value"), HEADER_COLOURS)
def test_every_header_colour_keeps_white_text_readable(name, label, value):
    assert contrast_with_white(value) >= 4.5, name


def test_every_header_colour_is_a_suomifi_token_in_the_stylesheet():
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    for name, _label, value in HEADER_COLOURS:
        assert f"--fi-color-{name}: {value};" in css
        assert f".site-header--{name} " in css or name == "brand-base"


def test_without_settings_the_site_is_called_osallisuus(client, home):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.find(class_="site-brand").get_text(strip=True) == "Osallisuus"
    assert "site-header--brand-base" in soup.header["class"]
    assert soup.find("link", rel="icon")["href"].endswith("img/favicon.svg")


def test_the_pages_show_the_identity_an_editor_set(client, home):
    load_demo_identity(Site.objects.get(is_default_site=True))
    identity = SiteIdentity.objects.get()
    identity.header_colour = "success-dark1"
    identity.save()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    brand = soup.find(class_="site-brand")
    assert brand.get_text(strip=True) == "Lapin osallisuusverkosto"
    assert brand.img["src"] == identity.logo.url and brand.img["alt"] == ""
    assert "site-header--success-dark1" in soup.header["class"]
    assert soup.find("link", rel="icon")["href"] == identity.favicon.url
    assert "osallisuus@lapinsote.example" in soup.find(class_="site-footer").get_text()
    assert "Lapin osallisuusverkosto" in soup.title.get_text()


def test_a_saved_change_shows_at_once(client, home):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.save()
    client.get("/")  # cached now
    identity.organisation_name = "Uusi nimi"
    identity.save()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.find(class_="site-brand").get_text(strip=True) == "Uusi nimi"


def test_favicon_ico_leads_to_the_sites_icon(client, home):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")
    load_demo_identity(Site.objects.get(is_default_site=True))
    assert client.get("/favicon.ico")["Location"] == SiteIdentity.objects.get().favicon.url


def test_an_uploaded_svg_logo_is_stored_clean(home):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.logo = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>x()</script>'
        b'<circle r="3"/></svg>',
        content_type="image/svg+xml",
    )
    identity.save()
    stored = identity.logo.open("rb").read()
    assert b"<circle" in stored
    assert b"script" not in stored and b"onload" not in stored


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("logo.gif", b"GIF89a...", content_type="image/gif"),
        SimpleUploadedFile("logo.svg", b"<svg", content_type="image/svg+xml"),
        SimpleUploadedFile("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * 600_000),
    ],
    ids=["gif", "broken-svg", "too-large"],
)
def test_other_files_are_refused_with_a_finnish_message(upload):
    with pytest.raises(ValidationError) as error:
        validate_svg_or_png(upload)
    assert re.search(r"SVG|kt", " ".join(error.value.messages))


def test_demo_logos_and_favicons_are_valid_svgs():
    for demo in IDENTITIES.values():
        for data in (demo.logo_svg, demo.favicon_svg):
            validate_svg_or_png(SimpleUploadedFile("x.svg", data))


def test_the_demo_sites_have_different_header_colours_that_keep_white_text_readable():
    colours = {name: value for name, _label, value in HEADER_COLOURS}
    chosen = [demo.header_colour for demo in IDENTITIES.values()]
    assert len(set(chosen)) == len(chosen)
    for name in chosen:
        assert contrast_with_white(colours[name]) >= 4.5, name


def test_saving_the_identity_purges_every_page_from_the_front_cache(
    settings, home, purge_receiver, django_capture_on_commit_callbacks
):
    url, received = purge_receiver
    settings.FRONTCACHE_URLS = [url]
    from sitewide.frontcache import MENU, site_key

    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        SiteIdentity.for_site(site).save()
    keys = set().union(*(set(header.split()) for _method, header in received))
    assert site_key(MENU, site) in keys  # every HTML page of the site carries it
