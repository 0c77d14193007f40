"""Make the site root a HomePage: a fresh Wagtail database starts with a plain welcome page."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TITLE = "Osallisuus"
HOME_INTRO = (
    "Hyvinvointialueiden osallisuusverkostojen ja järjestöyhteistyön uutiset, verkostot, "
    "tapahtumat ja asiantuntijat samassa paikassa."
)


@transaction.atomic
def ensure_home_page(hostname: str = "localhost", port: int = 80) -> HomePage:
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
    return home
