"""Loads the demo news (news/demo_data.py) under the home page; running it again changes nothing."""

import datetime
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from contacts.demo import seed_card
from network.models import NetworkPage
from sitewide.demo_sites import LAPLAND, NORTH_OSTROBOTHNIA

from .demo_data import ARTICLE_TRANSLATIONS, NEWS
from .models import NewsIndexPage, NewsPage, NewsPageContact

INDEX_SLUG = "uutiset"
# The seed announcements belong to the demo networks that network/demo.py creates.
SEED_NETWORKS = {
    "lapin-osallisuusverkosto-jatkaa-vuonna-2022": "lapin-osallisuusverkosto",
    "jarjestoosallisuus-popsote-hankkeessa": "popsote-jarjestoosallisuus",
}


# The North Ostrobothnia demo site is the NGO cooperation site: NGO news from any county go
# there, participation news (and anything about Lapland or the Sámi) to the Lapland site.
NGO_KEYWORDS = frozenset(
    {"järjestöt", "järjestöneuvottelukunta", "järjestöavustukset", "sote-järjestöjen verkosto"}
)


def news_site_key(item: dict) -> str:
    """Which demo site (sitewide.demo_sites' key) a demo news item belongs to, by its facts."""
    keywords = set(item["keywords"])
    if keywords & {"Lappi", "saamelaiset"}:
        return LAPLAND
    if "Pohjois-Pohjanmaa" in keywords or keywords & NGO_KEYWORDS:
        return NORTH_OSTROBOTHNIA
    return LAPLAND


def ensure_news_index(home: Page) -> NewsIndexPage:
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(
                title="Uutiset",
                slug=INDEX_SLUG,
                show_in_menus=True,
                intro="Ajankohtaista osallisuusverkostoista, järjestöyhteistyöstä ja "
                "hyvinvointialueiden valmistelusta.",
            )
        )
        index.save_revision().publish()
        # News comes first in the main menu, before pages other apps may have added.
        first = home.get_first_child()
        if first and first.pk != index.pk:
            index.move(first, pos="left")
    return index


def _publication_moment(date: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))


def body_as_stream(blocks: list[tuple[str, object]]) -> list[dict]:
    return [{"type": kind, "value": value} for kind, value in blocks]


@transaction.atomic
def load_demo_news(
    home: Page,
    on_page: Callable[[NewsPage], None] | None = None,
    roots: dict[str, Page] | None = None,
) -> int:
    """Create the demo news items that do not exist yet; return how many were created. Each
    goes to the news index of its demo site's root in `roots` (`news_site_key`), or of `home`
    when its site has none. An item that exists anywhere is left where it is (a database from
    before the second site keeps all of them on the first)."""
    roots = roots or {}
    indexes = {key: ensure_news_index(roots.get(key, home)) for key in map(news_site_key, NEWS)}
    existing = set(NewsPage.objects.values_list("slug", flat=True))
    created = 0
    for item in NEWS:
        if item["slug"] in existing:
            continue
        index = indexes[news_site_key(item)]
        moment = _publication_moment(item["date"])
        page = NewsPage(
            title=item["title"],
            slug=item["slug"],
            date=item["date"],
            lead=item["lead"],
            body=body_as_stream(item["body"]),
            first_published_at=moment,
            network=NetworkPage.objects.filter(slug=SEED_NETWORKS.get(item["slug"], "")).first(),
        )
        page.contact_links = [
            NewsPageContact(card=card)
            for card in map(seed_card, item.get("contacts", []))
            if card is not None
        ]
        index.add_child(instance=page)
        page.keywords.set(item["keywords"])
        if on_page:
            on_page(page)
        revision = page.save_revision()
        revision.publish()
        NewsPage.objects.filter(pk=page.pk).update(last_published_at=moment)
        created += 1
    return created


# The archive's title and introduction in the other site languages (home/demo.py uses them).
INDEX_TRANSLATIONS = {
    "sv": {
        "title": "Nyheter",
        "intro": "Aktuellt om nätverken för delaktighet, samarbetet med organisationer och "
        "välfärdsområdenas beredning.",
    },
    "en": {
        "title": "News",
        "intro": "What is happening in the participation networks, in cooperation with NGOs "
        "and in the wellbeing services counties.",
    },
}


def article_translations(home: Page | None = None) -> list[tuple[NewsPage, str, dict]]:
    """(demo article, language, fields) for each translated demo article that exists (under
    `home`, the Finnish tree of one site, if given)."""
    pages = NewsPage.objects.filter(slug__in=ARTICLE_TRANSLATIONS, locale__language_code="fi")
    if home is not None:
        pages = pages.descendant_of(home)
    return [
        (page, language, {**fields, "body": body_as_stream(fields["body"])})
        for page in pages
        for language, fields in ARTICLE_TRANSLATIONS[page.slug].items()
    ]
