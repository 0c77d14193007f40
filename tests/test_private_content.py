"""Drafts, private pages (password, login, groups) and unpublished cards stay out of every
public output: search, keyword pages and counts, feeds, sitemap, listings, JSON-LD, iCalendar.

Everything hidden carries "Piilo" in its title, name or slug and nothing public does, so one
check per output covers titles, URLs and names alike.
"""

import datetime
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from contacts.demo import ensure_directory_page
from sitewide.permissions import EDITORS_GROUP
from tests.factories import ContactCardFactory, KeywordFactory, NewsPageFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db

HIDDEN = "piilo"
SHARED = "yhteinen"


def restrict(page, kind: str) -> None:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="salasana-piilo" if kind == "password" else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name=EDITORS_GROUP)])


@pytest.fixture
def world(home, news_index):
    shared = KeywordFactory(name=SHARED)
    hidden_only = KeywordFactory(name="Piiloasiasana")
    keywords = [shared, hidden_only]
    hidden_card = ContactCardFactory(
        name="Piilokortti Salainen", email="piilokortti@demo.example", live=False, keywords=keywords
    )
    public_card = ContactCardFactory(name="Julkinen Asiantuntija", keywords=[shared])
    # A published card whose newer draft must not show either.
    public_card.name = "Piiloluonnosnimi"
    public_card.save_revision()

    network_index = NetworkIndexPageFactory(parent=home)
    network = NetworkPageFactory(
        parent=network_index,
        title="Julkinen verkosto",
        slug="julkinen-verkosto",
        keywords=[shared],
        coordinator=hidden_card,
    )
    for kind in ("password", "login", "groups"):
        hidden_network = NetworkPageFactory(
            parent=network_index,
            title=f"Piiloverkosto {kind}",
            slug=f"piiloverkosto-{kind}",
            keywords=keywords,
        )
        restrict(hidden_network, kind)
    NetworkPageFactory(
        parent=network_index,
        title="Piiloverkosto luonnos",
        slug="piiloverkosto-luonnos",
        keywords=keywords,
        live=False,
    )

    event_index = EventIndexPageFactory(parent=home)
    EventPageFactory(
        parent=event_index,
        title="Julkinen tapahtuma",
        slug="julkinen-tapahtuma",
        network=network,
        keywords=[shared],
    )
    for kind in ("password", "login", "groups"):
        hidden_event = EventPageFactory(
            parent=event_index,
            title=f"Piilotapahtuma {kind}",
            slug=f"piilotapahtuma-{kind}",
            network=network,
            keywords=keywords,
        )
        restrict(hidden_event, kind)
    EventPageFactory(
        parent=event_index,
        title="Piilotapahtuma luonnos",
        slug="piilotapahtuma-luonnos",
        network=network,
        keywords=keywords,
        live=False,
    )
    past = timezone.now() - datetime.timedelta(days=30)
    past_hidden = EventPageFactory(
        parent=event_index,
        title="Piilotapahtuma mennyt",
        slug="piilotapahtuma-mennyt",
        start=past,
        end=past + datetime.timedelta(hours=2),
        keywords=keywords,
    )
    restrict(past_hidden, "login")

    article = NewsPageFactory(
        parent=news_index,
        title="Osallisuuspaja julkinen",
        slug="osallisuuspaja-julkinen",
        keywords=[shared],
        network=network,
    )
    article.contact_links.create(card=public_card)
    article.contact_links.create(card=hidden_card)
    article.save_revision().publish()
    # A newer draft of a live article must not leak through the live version either.
    article.title = "Piiloluonnosotsikko"
    article.save_revision()
    for kind, word in (("password", "salasana"), ("login", "kirjautuminen"), ("groups", "ryhma")):
        hidden_news = NewsPageFactory(
            parent=news_index,
            title=f"Piilo{word}uutinen Osallisuuspaja",
            slug=f"piilo-{word}",
            lead=f"Piilo {word} ingressi.",
            keywords=keywords,
            network=network,
        )
        restrict(hidden_news, kind)
    NewsPageFactory(
        parent=news_index,
        title="Piiloluonnosuutinen Osallisuuspaja",
        slug="piilo-luonnos",
        lead="Piilo luonnos ingressi.",
        keywords=keywords,
        network=network,
        live=False,
    )
    return {
        "article": article,
        "network": network,
        "network_index": network_index,
        "event_index": event_index,
        "public_card": public_card,
        "directory": ensure_directory_page(home),
    }


def assert_nothing_hidden(response) -> str:
    assert response.status_code == 200, response
    body = response.content.decode()
    assert HIDDEN not in body.casefold()
    return body


SEARCHES = [
    {"q": "Osallisuuspaja"},
    {"q": "salasanauutinen"},
    {"q": "kirjautuminen"},
    {"q": "ryhma"},
    {"q": "luonnosuutinen"},
    {"q": "ingressi"},
    {"tag": SHARED},
    {"q": "Osallisuuspaja", "tag": SHARED},
    # Words of hidden networks, events and cards (the query is echoed, so none says "piilo").
    {"q": "password"},
    {"q": "login"},
    {"q": "groups"},
    {"q": "luonnos"},
    {"q": "mennyt"},
    {"q": "Salainen"},
    {"q": SHARED},
    {},
]


def test_search_finds_only_public_news(client, world, settings):
    settings.SEARCH_RATE_LIMIT = 100
    for query in SEARCHES:
        body = assert_nothing_hidden(client.get("/haku/", query))
        if query.get("q") == "Osallisuuspaja" or "tag" in query:
            assert "Osallisuuspaja julkinen" in body, query


def test_search_finds_public_networks_events_and_cards_but_no_hidden_ones(client, world):
    body = assert_nothing_hidden(client.get("/haku/", {"q": SHARED}))
    for title in ("Julkinen verkosto", "Julkinen tapahtuma", "Julkinen Asiantuntija"):
        assert title in body


@pytest.mark.parametrize("typed", ["piilo", "Piiloasia", "julkinen", "yhteinen"])
def test_suggestions_name_nothing_hidden(client, world, typed):
    response = client.get("/haku/ehdotukset/", {"q": typed})
    assert response.status_code == 200
    assert HIDDEN not in response.content.decode().casefold()


def test_search_filter_by_a_keyword_only_hidden_items_carry_reveals_nothing(client, world):
    # Answered exactly as a slug that names no keyword at all (the slug itself is echoed back).
    hidden = client.get("/haku/", {"tag": "piiloasiasana"})
    made_up = client.get("/haku/", {"tag": "eiolemassa"})
    assert hidden.status_code == made_up.status_code
    assert "Piiloasiasana" not in hidden.content.decode()
    assert (
        hidden.content.decode().replace("piiloasiasana", "eiolemassa") == made_up.content.decode()
    )


def test_keyword_page_and_index_count_only_public_items(client, world):
    body = assert_nothing_hidden(client.get(f"/asiasanat/{SHARED}/"))
    soup = BeautifulSoup(body, "html.parser")
    news_titles = soup.select(".news-card:not(.event-card) .news-card__title")
    assert [h.get_text(strip=True) for h in news_titles] == ["Osallisuuspaja julkinen"]
    event_titles = soup.select(".event-card .news-card__title")
    assert [h.get_text(strip=True) for h in event_titles] == ["Julkinen tapahtuma"]
    assert [a.get_text() for a in soup.select("#keyword-networks ~ ul a")] == ["Julkinen verkosto"]
    assert [a.get_text() for a in soup.select(".contact-card__name a")] == ["Julkinen Asiantuntija"]

    index = BeautifulSoup(assert_nothing_hidden(client.get("/asiasanat/")), "html.parser")
    entries = {
        li.a.get_text(): li.find(class_="count").get_text()
        for li in index.select(".keyword-index li")
    }
    assert entries == {SHARED: "(1 uutinen, 1 asiantuntija, 1 verkosto, 1 tapahtuma)"}


def test_keyword_used_only_by_hidden_items_has_no_page_and_no_feed(client, world):
    for url in (
        "/asiasanat/piiloasiasana/",
        "/syotteet/asiasanat/piiloasiasana.rss",
        "/syotteet/asiasanat/piiloasiasana.atom",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        # The visitor's own URL is echoed (language links); the keyword's name is not.
        assert "Piiloasiasana" not in response.content.decode()


def test_feeds_list_only_public_news(client, world):
    for url in (
        "/syotteet/uutiset.rss",
        "/syotteet/uutiset.atom",
        f"/syotteet/asiasanat/{SHARED}.rss",
        f"/syotteet/asiasanat/{SHARED}.atom",
    ):
        feed = feedparser.parse(assert_nothing_hidden(client.get(url)))
        assert [entry.title for entry in feed.entries] == ["Osallisuuspaja julkinen"], url


def test_sitemap_lists_no_draft_or_private_page(client, world):
    body = assert_nothing_hidden(client.get("/sitemap.xml"))
    assert world["article"].url in body
    assert world["network"].url in body


def listing_urls(world) -> list[str]:
    return [
        "/",
        "/uutiset/",
        world["network_index"].url,
        world["event_index"].url,
        world["event_index"].url + "arkisto/",
        world["directory"].url,
        world["directory"].url + f"?asiasana={SHARED}",
        world["network"].url,
    ]


def test_listings_and_home_show_hidden_items_only_while_they_are_public(client, world):
    # First lift every restriction and publish the hidden card: each listing shows some of it.
    restricted = [(r.page_id, r.restriction_type) for r in PageViewRestriction.objects.all()]
    for restriction in PageViewRestriction.objects.all():
        restriction.delete()
    hidden_card = ContactCardFactory._meta.model.objects.get(name__startswith="Piilo")
    hidden_card.get_latest_revision().publish()
    for url in listing_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert HIDDEN in response.content.decode().casefold(), url

    # Then hide them again: no listing shows any of them.
    from wagtail.models import Page

    for page_id, kind in restricted:
        restrict(Page.objects.get(pk=page_id), kind)
    hidden_card.refresh_from_db()
    hidden_card.unpublish()
    for url in listing_urls(world):
        assert_nothing_hidden(client.get(url))


def test_home_page_shows_only_public_items(client, world):
    body = assert_nothing_hidden(client.get("/"))
    assert "Osallisuuspaja julkinen" in body
    assert "Julkinen tapahtuma" in body


def test_calendars_list_only_public_events(client, world):
    for url in (world["event_index"].url + "ical/", world["network"].url + "ical/"):
        body = assert_nothing_hidden(client.get(url))
        assert "Julkinen tapahtuma" in body, url


def json_ld_blocks(html: str) -> list[dict]:
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def test_article_and_its_json_ld_mention_no_hidden_card_or_related_page(client, world):
    body = assert_nothing_hidden(client.get(world["article"].url))
    blocks = json_ld_blocks(body)
    assert {block["@type"] for block in blocks} == {"NewsArticle", "Person"}
    assert [b["name"] for b in blocks if b["@type"] == "Person"] == ["Julkinen Asiantuntija"]
    assert HIDDEN not in json.dumps(blocks, ensure_ascii=False).casefold()


def test_hidden_pages_and_cards_show_visitors_nothing_of_their_content(client, world):
    from wagtail.models import Page

    hidden_pages = Page.objects.filter(slug__startswith=HIDDEN).specific()
    assert hidden_pages.count() == 13
    for page in hidden_pages:
        response = client.get(page.url or f"/{page.slug}/")
        assert response.status_code in {200, 302, 404}, page.url
        # Wagtail answers a password form (200), a login redirect (302) or 404 for drafts.
        body = response.content.decode().casefold()
        assert "ingressi" not in body
        assert page.title.casefold() not in body
    hidden_card = ContactCardFactory._meta.model.objects.get(name__startswith="Piilo")
    assert client.get(hidden_card.get_absolute_url()).status_code == 404
    assert client.post(hidden_card.get_vcard_url()).status_code == 404
    public_card = world["public_card"]
    assert_nothing_hidden(client.get(public_card.get_absolute_url()))
    assert_nothing_hidden(client.post(public_card.get_vcard_url()))


@pytest.fixture
def event_of_hidden_network(world):
    """A public event whose organising network is private."""
    hidden_network = NetworkPageFactory(
        parent=world["network_index"],
        title="Piiloverkosto järjestäjä",
        slug="piiloverkosto-jarjestaja",
    )
    restrict(hidden_network, "login")
    return EventPageFactory(
        parent=world["event_index"],
        title="Julkinen tapahtuma toiselta verkostolta",
        slug="julkinen-tapahtuma-2",
        network=hidden_network,
        keywords=[SHARED],
    )


def test_event_page_and_json_ld_do_not_name_a_private_organiser(client, event_of_hidden_network):
    body = assert_nothing_hidden(client.get(event_of_hidden_network.url))
    (event,) = [block for block in json_ld_blocks(body) if block["@type"] == "Event"]
    assert "organizer" not in event


def test_event_cards_do_not_name_a_private_organiser(client, world, event_of_hidden_network):
    for url in ("/", world["event_index"].url, f"/asiasanat/{SHARED}/"):
        body = assert_nothing_hidden(client.get(url))
        assert "Julkinen tapahtuma toiselta verkostolta" in body, url


def test_header_menu_shows_no_private_page(client, world, home):
    from pages.models import StandardPage

    members_only = StandardPage(
        title="Piilo jäsenille", slug="piilo-jasenille", body="<p>x</p>", show_in_menus=True
    )
    home.add_child(instance=members_only)
    members_only.save_revision().publish()
    assert "Piilo jäsenille" in client.get("/").content.decode()
    restrict(members_only, "login")
    assert_nothing_hidden(client.get("/"))
