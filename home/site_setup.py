"""Make the site root a HomePage: a fresh Wagtail database starts with a plain welcome page."""

import datetime

from django.conf import settings
from django.db import transaction
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


@transaction.atomic
def ensure_home_page(hostname: str = "localhost", port: int = 80) -> HomePage:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    existing = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    home = existing.first()
    if home is None:
        root = Page.get_first_root_node()
        locale = Locale.get_default()
        home = root.add_child(
            instance=HomePage(title=HOME_TITLE, slug="etusivu", intro=HOME_INTRO, locale=locale)
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    if site.pk and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    if site.root_page_id != home.pk:
        welcome = site.root_page if site.pk else None
        site.root_page = home
        site.hostname = hostname
        site.port = port
        site.site_name = HOME_TITLE
        site.save()
        # Wagtail's own placeholder page, never edited by anyone, goes away.
        if welcome is not None and type(welcome.specific) is Page and welcome.depth == 2:
            welcome.delete()
    ensure_privacy_page(home)
    ensure_accessibility_statement(home)
    return home


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


def ensure_accessibility_statement(home: HomePage) -> AccessibilityStatementPage:
    page = AccessibilityStatementPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(
            instance=AccessibilityStatementPage(
                title="Saavutettavuusseloste",
                slug=ACCESSIBILITY_SLUG,
                conformance=AccessibilityStatementPage.Conformance.PARTIAL,
                intro="<p>Tämä saavutettavuusseloste koskee Osallisuus-sivustoa.</p>",
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
