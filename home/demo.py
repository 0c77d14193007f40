"""Swedish and English translations of the demo's home page and sections, so that /sv/ and
/en/ show menus and breadcrumbs in their language, and one seed article in each. Everything
else below the sections stays in Finnish until an editor translates it; the site shows such
pages with a note."""

from django.db import transaction
from wagtail.models import Page, Site

from contacts.demo import DIRECTORY_TRANSLATIONS
from contacts.models import ContactDirectoryPage
from network.demo import EVENT_INDEX_TRANSLATIONS, NETWORK_INDEX_TRANSLATIONS
from network.models import EventIndexPage, NetworkIndexPage
from news.demo import INDEX_TRANSLATIONS as NEWS_INDEX_TRANSLATIONS
from news.demo import article_translations
from news.models import NewsIndexPage, NewsPage
from sitewide.demo_sites import LAPLAND, NORTH_OSTROBOTHNIA
from sitewide.translation import ensure_translation, mirror_child_order

from .models import HomePage

HOME_TRANSLATIONS = {
    "sv": {
        "title": "Delaktighet",
        "intro": "Nyheter, nätverk, evenemang och experter från välfärdsområdenas nätverk för "
        "delaktighet och samarbete med organisationer på ett ställe.",
    },
    "en": {
        "title": "Participation",
        "intro": "News, networks, events and experts of the participation networks and NGO "
        "cooperation of the wellbeing services counties in one place.",
    },
}
SECTION_TRANSLATIONS = [
    (NewsIndexPage, NEWS_INDEX_TRANSLATIONS),
    (NetworkIndexPage, NETWORK_INDEX_TRANSLATIONS),
    (EventIndexPage, EVENT_INDEX_TRANSLATIONS),
    (ContactDirectoryPage, DIRECTORY_TRANSLATIONS),
]


@transaction.atomic
def load_demo_translations(home: HomePage) -> int:
    """Translate the home page and the sections that exist; return how many pages were made."""
    before = Page.objects.count()
    for language, fields in HOME_TRANSLATIONS.items():
        ensure_translation(home, language, **fields)
    for model, translations in SECTION_TRANSLATIONS:
        section = model.objects.child_of(home).first()
        if section is None:
            continue
        for language, fields in translations.items():
            ensure_translation(section, language, **fields)
    # An article after its archive: a translation's parent must be translated first.
    for page, language, fields in article_translations(home):
        ensure_translation(page, language, **fields)
    for language in HOME_TRANSLATIONS:
        mirror_child_order(home, language)
    return Page.objects.count() - before


# Each demo site's home features its seed announcement (shared/seeds: the reason it exists).
SEED_ARTICLES = {
    LAPLAND: "lapin-osallisuusverkosto-jatkaa-vuonna-2022",
    NORTH_OSTROBOTHNIA: "jarjestoosallisuus-popsote-hankkeessa",
}


@transaction.atomic
def feature_seed_articles(sites: dict[str, Site]) -> int:
    """Feature each demo site's seed article on its home (and the home's translations) where
    the home features nothing yet and has no draft waiting; return how many homes changed."""
    changed = 0
    for key, site in sites.items():
        article = (
            NewsPage.objects.filter(slug=SEED_ARTICLES[key], locale__language_code="fi")
            .descendant_of(site.root_page)
            .first()
        )
        if article is None:
            continue
        homes = HomePage.objects.filter(translation_key=site.root_page.translation_key)
        for home in homes:
            if home.featured_id is not None or home.has_unpublished_changes:
                continue
            home.featured = article
            home.save_revision().publish()
            changed += 1
    return changed
