"""Make the site root a HomePage: a fresh Wagtail database starts with a plain welcome page."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from pages.models import AccessibilityStatementPage, StandardPage
from sitewide.models import PrivacySettings

from .models import HomePage

HOME_TITLE = "Osallisuus"
PRIVACY_SLUG = "tietosuojaseloste"
PRIVACY_BODY = (
    "<h2>Rekisterinpitäjä</h2><p>Sivuston ylläpitäjä vastaa tässä kuvatuista henkilötiedoista.</p>"
    "<h2>Mitä tietoja keräämme</h2><p>Verkostoon ilmoittautuessasi tallennamme nimesi, "
    "organisaatiosi, sähköpostiosoitteesi, alueesi ja mahdollisen viestisi. Asiantuntijoiden "
    "yhteystietokorteissa julkaistaan työyhteystiedot, jotka asiantuntija on antanut "
    "julkaistavaksi.</p>"
    "<h2>Mihin tietoja käytetään</h2><p>Ilmoittautumisen tietoja käytetään vain verkoston "
    "jäsenyyden hoitamiseen ja verkoston viestintään.</p>"
    "<h2>Säilytysaika</h2><p>Ilmoittautumiset poistetaan viimeistään 12 kuukauden kuluttua.</p>"
    "<h2>Oikeutesi</h2><p>Voit pyytää nähtäväksesi, korjattavaksi tai poistettavaksi "
    "tietosi ottamalla yhteyttä verkoston koordinaattoriin.</p>"
)
HOME_INTRO = (
    "Hyvinvointialueiden osallisuusverkostojen ja järjestöyhteistyön uutiset, verkostot, "
    "tapahtumat ja asiantuntijat samassa paikassa."
)


class SiteAddressTaken(ValueError):
    """Another site already answers on that hostname and port."""


def ensure_locales() -> None:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _add_home(title: str, slug: str, intro: str) -> HomePage:
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title=title, slug=slug, intro=intro, locale=Locale.get_default())
    )
    home.save_revision().publish()
    return home


def _find_home(slug: str | None, default: bool) -> HomePage | None:
    """The home named by `slug`; for the default site without one, the home the default site
    already has (a one-site install keeps its home whatever it is called)."""
    homes = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    home = homes.filter(slug=slug).first() if slug else None
    if home is None and default:
        site = Site.objects.filter(is_default_site=True).first()
        home = homes.filter(pk=site.root_page_id).first() if site else None
        if home is None and not slug:
            home = homes.first()
    return home


@transaction.atomic
def setup_site(
    hostname: str,
    port: int = 80,
    *,
    name: str | None = None,
    home_title: str = HOME_TITLE,
    home_slug: str | None = None,
    home_intro: str = HOME_INTRO,
    default: bool = False,
) -> Site:
    """Create or update one site of the install (idempotent): its address, name and whether it
    is the default, its home page (a HomePage at depth 2, created with `home_title` only if
    there is none: editors own it afterwards), its privacy notice and accessibility statement.
    The site is the one whose root is the home named `home_slug`; for the default site, if no
    home has that slug, the default site keeps the home it has. Nothing under an existing home
    is moved or changed."""
    ensure_locales()
    home = _find_home(home_slug, default)
    site = Site.objects.filter(root_page=home).first() if home else None
    if site is None and default:
        site = Site.objects.filter(is_default_site=True).first()
    # A new site never takes over another site's address (nor its home).
    site = site or Site()
    clash = Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).first()
    if clash is not None:
        raise SiteAddressTaken(
            f"{hostname}:{port} is already the address of the site {clash.site_name or clash.pk}."
        )
    if home is None:
        home = _add_home(home_title, home_slug or "etusivu", home_intro)
    welcome = site.root_page if site.pk and site.root_page_id != home.pk else None
    if default:
        # One default site: the one this call sets up (saved one by one: Wagtail forgets its
        # cached site root paths on a site's save).
        for other in Site.objects.filter(is_default_site=True).exclude(pk=site.pk):
            other.is_default_site = False
            other.save()
    changed = {
        "hostname": hostname,
        "port": port,
        "root_page_id": home.pk,
        "is_default_site": default or site.is_default_site,
        "site_name": name if name is not None else (site.site_name or home.title),
    }
    if not site.pk or any(getattr(site, f) != v for f, v in changed.items()):
        for field, value in changed.items():
            setattr(site, field, value)
        site.save()
    # Wagtail's own placeholder page, never edited by anyone, goes away.
    if welcome is not None and type(welcome.specific) is Page and welcome.depth == 2:
        welcome.delete()
    ensure_privacy_page(home)
    ensure_accessibility_statement(home, site.site_name)
    return site


def ensure_home_page(hostname: str = "localhost", port: int = 80) -> HomePage:
    """The default site's home page at `hostname`:`port` (what one-site installs and the tests
    use): `setup_site` for the default site, answering with its home."""
    site = setup_site(hostname, port, default=True)
    return HomePage.objects.get(pk=site.root_page_id)


def ensure_privacy_page(home: HomePage) -> StandardPage:
    """The privacy notice that forms asking for personal data link to, chosen in the sites'
    privacy settings unless the editors have chosen another page."""
    page = StandardPage.objects.child_of(home).filter(slug=PRIVACY_SLUG).first()
    if page is None:
        page = home.add_child(
            instance=StandardPage(title="Tietosuojaseloste", slug=PRIVACY_SLUG, body=PRIVACY_BODY)
        )
        page.save_revision().publish()
    for site in Site.objects.filter(root_page=home):
        setting, _created = PrivacySettings.objects.get_or_create(site=site)
        if setting.privacy_page_id is None:
            setting.privacy_page = page
            setting.save(update_fields=["privacy_page"])
    return page


ACCESSIBILITY_SLUG = "saavutettavuusseloste"


def ensure_accessibility_statement(
    home: HomePage, site_name: str = HOME_TITLE
) -> AccessibilityStatementPage:
    page = AccessibilityStatementPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(
            instance=AccessibilityStatementPage(
                title="Saavutettavuusseloste",
                slug=ACCESSIBILITY_SLUG,
                conformance=AccessibilityStatementPage.Conformance.PARTIAL,
                intro=f"<p>Tämä saavutettavuusseloste koskee {escape(site_name)}-sivustoa.</p>",
                known_gaps="<ul><li>Osa vanhoista liitetiedostoista (PDF) ei ole saavutettavia. "
                "Saat tiedot saavutettavassa muodossa palautelomakkeella pyytämällä.</li></ul>",
                assessment="Sivusto on arvioitu itse sekä automaattisilla axe-testeillä "
                "jokaisella sivutyypillä.",
                statement_date=datetime.date(2026, 11, 24),
                reviewed_date=datetime.date(2026, 11, 24),
                feedback_contact="<p>Huomasitko puutteen? Kerro siitä alla olevalla "
                "lomakkeella. Vastaamme 14 päivän kuluessa.</p>",
                supervisory_authority="<p>Etelä-Suomen aluehallintovirasto, "
                "saavutettavuuden valvonnan yksikkö: "
                '<a href="https://www.saavutettavuusvaatimukset.fi">'
                "saavutettavuusvaatimukset.fi</a>.</p>",
                enforcement_procedure="<p>Jos et ole tyytyväinen saamaasi vastaukseen tai et "
                "saa vastausta kahden viikon aikana, voit tehdä ilmoituksen "
                "valvontaviranomaiselle.</p>",
            )
        )
        page.save_revision().publish()
    return page
