"""Every public page type takes at most 12 queries, and as many with 1,000 items as with 10.

Each test measures its pages with 10 items of the kind they list, adds 990 more and measures
again. The items are inserted in bulk by the benchmark's own `bench.fill.insert_live_pages`
(tree and specific rows; the bench adds revisions and search index rows, which no page here
reads): building 1,000 pages one by one with the factories would take minutes.
"""

import datetime
import os
import re
from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction

from bench.fill import insert_live_pages
from contacts.models import ContactCard, ContactCardKeyword, ContactDirectoryPage, Organisation
from keywords.models import Keyword
from network.models import (
    EventPage,
    EventPageKeyword,
    NetworkMeeting,
    NetworkMember,
    NetworkPage,
    NetworkPageKeyword,
)
from news.models import NewsPage, NewsPageContact, NewsPageKeyword
from pages.models import StandardPage
from tests.factories import ContactCardFactory, NewsPageFactory, RegionFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
SMALL, LARGE = 10, 1000
SHARED = "osallisuus"  # the keyword every generated item carries


# Bulk content -------------------------------------------------------------------------------


def tag(through_model, items, keywords: list[Keyword], per_item: int = 3) -> None:
    """Give each item the shared keyword and `per_item - 1` others, taken in turn."""
    shared, others = keywords[0], keywords[1:]
    through_model.objects.bulk_create(
        through_model(content_object_id=item.pk, tag_id=keyword.pk)
        for n, item in enumerate(items)
        for keyword in [shared] + [others[(n + k) % len(others)] for k in range(per_item - 1)]
    )


@dataclass
class Content:
    """The site's sections, and what `grow` has added to them so far."""

    home: Page
    news_index: Page
    network_index: Page
    event_index: Page
    directory: Page
    network: NetworkPage
    article: NewsPage
    event: EventPage
    card: ContactCard
    images: list[Image]
    keywords: list[Keyword] = field(default_factory=list)
    added: int = 0

    def new_keywords(self, count: int) -> list[Keyword]:
        names = [f"aihe {self.added + n}" for n in range(count)]
        created = Keyword.objects.bulk_create(
            Keyword(name=name, slug=name.replace(" ", "-"), ascii_slug=name.replace(" ", "-"))
            for name in names
        )
        self.keywords += created
        return self.keywords

    def grow(self, count: int, kinds: set[str]) -> None:
        """Add `count` items of each kind: news, events, networks, cards, members, meetings.

        Bulk inserts send no signals, so nothing purges what is cached (counts, related news,
        the sections): the cache is emptied instead, as the publishes would have done.
        """
        cache.clear()
        start, self.added = self.added, self.added + count
        numbers = range(start, start + count)
        keywords = self.new_keywords(count)
        now = timezone.now().replace(microsecond=0)
        if "news" in kinds:
            pages = insert_live_pages(
                self.news_index,
                [
                    NewsPage(
                        title=f"Verkostouutinen {n}",
                        slug=f"verkostouutinen-{n}",
                        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 1500),
                        lead="Verkosto kokoontui ja sopi jatkosta.",
                        body=[{"type": "paragraph", "value": "<p>Verkosto kokoontui.</p>"}],
                        header_image=self.images[n % len(self.images)],
                        header_image_alt="Verkoston kokous",
                        network=self.network,
                    )
                    for n in numbers
                ],
            )
            tag(NewsPageKeyword, pages, keywords)
        if "events" in kinds:
            pages = insert_live_pages(
                self.event_index,
                [
                    EventPage(
                        title=f"Tapahtuma {n}",
                        slug=f"tapahtuma-{n}",
                        start=now + datetime.timedelta(hours=n if n % 2 else -n - 2),
                        end=now + datetime.timedelta(hours=(n if n % 2 else -n - 2) + 1),
                        online_url="https://webinaari.example/",
                        network=self.network,
                    )
                    for n in numbers
                ],
            )
            tag(EventPageKeyword, pages, keywords)
        if "networks" in kinds:
            pages = insert_live_pages(
                self.network_index,
                [NetworkPage(title=f"Verkosto {n}", slug=f"verkosto-{n}") for n in numbers],
            )
            tag(NetworkPageKeyword, pages, keywords)
            region = RegionFactory()
            NetworkPage.regions.through.objects.bulk_create(
                NetworkPage.regions.through(networkpage_id=page.pk, region_id=region.pk)
                for page in pages
            )
        if "cards" in kinds or "members" in kinds:
            region = RegionFactory()
            organisations = Organisation.objects.bulk_create(
                Organisation(name=f"Jäsenjärjestö {n}", slug=f"jasenjarjesto-{n}", region=region)
                for n in numbers
            )
        if "cards" in kinds:
            cards = ContactCard.objects.bulk_create(
                ContactCard(
                    name=f"Asiantuntija {n}",
                    job_title="Osallisuuskoordinaattori",
                    organisation=organisation,
                    email=f"asiantuntija{n}@example.invalid",
                    photo=self.images[n % len(self.images)],
                    photo_alt="Kasvokuva",
                    live=True,
                )
                for n, organisation in zip(numbers, organisations, strict=True)
            )
            tag(ContactCardKeyword, cards, keywords)
        if "members" in kinds:
            NetworkMember.objects.bulk_create(
                NetworkMember(page=self.network, organisation=organisation, sort_order=n)
                for n, organisation in zip(numbers, organisations, strict=True)
            )
            NetworkMeeting.objects.bulk_create(
                NetworkMeeting(
                    page=self.network,
                    date=datetime.date(2021, 1, 1) + datetime.timedelta(days=n),
                    sort_order=n,
                )
                for n in numbers
            )


@pytest.fixture
def site(home, news_index) -> Content:
    images = [
        Image.objects.create(title=f"kuva {n}", file=get_test_image_file(f"kuva{n}.png"))
        for n in range(3)
    ]
    network_index = NetworkIndexPageFactory(parent=home, show_in_menus=True)
    event_index = EventIndexPageFactory(parent=home, show_in_menus=True)
    directory = home.add_child(
        instance=ContactDirectoryPage(
            title="Asiantuntijat", slug="asiantuntijat", show_in_menus=True
        )
    )
    directory.save_revision().publish()
    card = ContactCardFactory(photo=images[0], photo_alt="Kasvokuva", keywords=[SHARED, "lappi"])
    network = NetworkPageFactory(
        parent=network_index,
        title="Iso verkosto",
        slug="iso-verkosto",
        coordinator=card,
        signup_open=True,
        regions=[RegionFactory()],
        keywords=[SHARED],
    )
    article = NewsPageFactory(
        parent=news_index,
        title="Artikkeli",
        slug="artikkeli",
        date=datetime.date(2019, 1, 1),
        header_image=images[1],
        header_image_alt="Kokous",
        body=[
            {"type": "paragraph", "value": "<p>Verkosto kokoontui.</p>"},
            {
                "type": "image",
                "value": {"image": images[2].pk, "alt_text": "Kartta", "caption": "Alueet"},
            },
        ],
        keywords=[SHARED, "lappi"],
        network=network,
    )
    NewsPageContact.objects.create(page=article, card=card)
    event = EventPageFactory(parent=event_index, network=network, keywords=[SHARED])
    return Content(
        home=home,
        news_index=news_index,
        network_index=network_index,
        event_index=event_index,
        directory=directory,
        network=network,
        article=article,
        event=event,
        card=card,
        images=images,
        keywords=list(Keyword.objects.filter(name=SHARED)),
    )


# Measuring ----------------------------------------------------------------------------------


def query_counts(
    client, urls: list[str], django_assert_max_num_queries, warm: bool = True
) -> dict[str, int]:
    counts = {}
    for url in urls:
        if warm:  # makes the renditions, fills per-process caches and the cached site sections
            assert client.get(url).status_code == 200, url
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        if os.environ.get("QUERY_COUNT_DEBUG"):
            print(f"\n{len(captured)} {url}")
            for query in captured.captured_queries:
                print("   ", re.sub(r"SELECT .*? FROM", "SELECT … FROM", query["sql"])[:400])
        counts[url] = len(captured)
    return counts


def assert_counts_do_not_grow(client, site: Content, urls, kinds: set[str], assert_max) -> None:
    site.grow(SMALL, kinds)
    small = query_counts(client, urls(site), assert_max)
    site.grow(LARGE - SMALL, kinds)
    large = query_counts(client, urls(site), assert_max)
    assert large == small


# The pages ----------------------------------------------------------------------------------

ALL = {"news", "events", "networks", "cards", "members"}


def test_home_and_news_pages_take_a_fixed_number_of_queries(
    client, site, django_assert_max_num_queries
):
    def urls(site):
        return ["/", "/uutiset/", "/uutiset/?page=2", site.article.url]

    assert_counts_do_not_grow(client, site, urls, {"news", "events"}, django_assert_max_num_queries)


def test_keyword_index_and_search_pages_take_a_fixed_number_of_queries(
    client, site, django_assert_max_num_queries
):
    def urls(site):
        return [
            "/asiasanat/",
            "/haku/",
            "/haku/?q=verkostouutinen",
            f"/haku/?q=verkostouutinen&tag={SHARED}",
            f"/haku/?tag={SHARED}&tag=aihe-1",
        ]

    # Each size also adds as many keywords, so the keyword index grows too.
    assert_counts_do_not_grow(client, site, urls, {"news"}, django_assert_max_num_queries)


def test_keyword_page_takes_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return [f"/asiasanat/{SHARED}/"]

    assert_counts_do_not_grow(client, site, urls, ALL - {"members"}, django_assert_max_num_queries)


def test_contact_pages_take_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return [
            "/asiantuntijat/",
            f"/asiantuntijat/?asiasana={SHARED}",
            site.card.get_absolute_url(),
        ]

    assert_counts_do_not_grow(client, site, urls, {"cards"}, django_assert_max_num_queries)


def test_network_pages_take_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return ["/verkostot/", site.network.url]

    assert_counts_do_not_grow(
        client, site, urls, {"networks", "members", "news", "events"}, django_assert_max_num_queries
    )


def test_event_pages_take_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return ["/tapahtumat/", "/tapahtumat/arkisto/", site.event.url]

    assert_counts_do_not_grow(client, site, urls, {"events"}, django_assert_max_num_queries)


def test_feeds_take_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return [
            "/syotteet/uutiset.rss",
            "/syotteet/uutiset.atom",
            f"/syotteet/asiasanat/{SHARED}.rss",
        ]

    assert_counts_do_not_grow(client, site, urls, {"news"}, django_assert_max_num_queries)


def test_sitemap_takes_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    def urls(site):
        return ["/sitemap.xml"]

    assert_counts_do_not_grow(client, site, urls, ALL, django_assert_max_num_queries)


# The cached site sections (menu, breadcrumbs, routing) follow every change at once ----------


def menu(client) -> list[str]:
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    return [a.get_text() for a in soup.select(".main-nav a")]


def test_cached_sections_follow_publishing_renaming_moving_and_restricting(client, news_index):
    home = news_index.get_parent()
    assert menu(client) == ["Uutiset", "Asiasanat"]  # now cached

    about = StandardPage(title="Tietoa", slug="tietoa", body="<p>x</p>", show_in_menus=True)
    home.add_child(instance=about)
    about.save_revision().publish()
    assert menu(client) == ["Uutiset", "Tietoa", "Asiasanat"]
    assert client.get("/tietoa/").status_code == 200

    about.slug = "tietoa-meista"
    about.save_revision().publish()
    assert client.get("/tietoa/").status_code == 404
    assert client.get("/tietoa-meista/").status_code == 200

    about.move(news_index, pos="left")
    assert menu(client) == ["Tietoa", "Uutiset", "Asiasanat"]

    restriction = PageViewRestriction.objects.create(page=about, restriction_type="login")
    assert menu(client) == ["Uutiset", "Asiasanat"]
    restriction.delete()
    assert menu(client) == ["Tietoa", "Uutiset", "Asiasanat"]

    about.refresh_from_db()
    about.unpublish()
    assert menu(client) == ["Uutiset", "Asiasanat"]
    assert client.get("/tietoa-meista/").status_code == 404
