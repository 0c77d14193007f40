"""Network pages: facts, members grouped by type or region, meetings, coordinator, events."""

import datetime

import pytest
from django.utils import timezone, translation

from contacts.models import Organisation
from network.models import NetworkMeeting, NetworkMember, NetworkPage, ParticipationWay
from tests.factories import KeywordFactory
from tests.network.factories import (
    EventPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    tunturi = RegionFactory(name="Tunturi-Lappi", slug="tunturi-lappi")
    rovaniemi = RegionFactory(name="Rovaniemi", slug="rovaniemi")
    return [
        NetworkMember(
            organisation=OrganisationFactory(
                name="Tunturikylien yhteisö ry", type=Organisation.Type.NGO, region=tunturi
            ),
            role="Järjestöjen edustaja",
        ),
        NetworkMember(
            organisation=OrganisationFactory(
                name="Lapin liitto", type=Organisation.Type.REGIONAL_COUNCIL, region=rovaniemi
            ),
            role="Jäsen",
        ),
        NetworkMember(
            organisation=OrganisationFactory(
                name="Lapin sairaanhoitopiiri",
                type=Organisation.Type.HOSPITAL_DISTRICT,
                region=rovaniemi,
            )
        ),
    ]


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_members_are_grouped_by_organisation_type(client, network_index, members):
    network = NetworkPageFactory(parent=network_index, members=members)
    html = section(client.get(network.url).content.decode(), "members-title")
    # Groups follow the order of Organisation.Type: hospital, council, NGO.
    assert html.index("Sairaanhoitopiiri") < html.index("Maakunnan liitto")
    assert html.index("Maakunnan liitto") < html.index("Järjestö tai yhdistys")
    assert "Tunturikylien yhteisö ry" in html and "(Järjestöjen edustaja)" in html


def test_members_can_be_grouped_by_region(network_index, members):
    network = NetworkPageFactory(
        parent=network_index,
        members=members,
        member_grouping=NetworkPage.MemberGrouping.REGION,
    )
    groups = [
        (heading, [m.organisation.name for m in rows]) for heading, rows in network.member_groups()
    ]
    assert groups == [
        ("Rovaniemi", ["Lapin liitto", "Lapin sairaanhoitopiiri"]),
        ("Tunturi-Lappi", ["Tunturikylien yhteisö ry"]),
    ]


def test_page_shows_how_many_times_the_network_has_met(client, network_index):
    meetings = [
        NetworkMeeting(date=datetime.date(2021, month, 14), summary=f"Kokous {month}")
        for month in range(4, 10)
    ]
    network = NetworkPageFactory(parent=network_index, meetings=meetings)
    html = client.get(network.url).content.decode()
    assert "Verkosto on kokoontunut 6 kertaa." in html
    assert html.index("14.9.2021") < html.index("14.4.2021")  # newest first
    assert "Etänä" in html


def test_ways_to_take_part_are_listed(client, network_index):
    network = NetworkPageFactory(
        parent=network_index,
        participation_ways=[
            ParticipationWay(kind=ParticipationWay.Kind.STEERING_GROUP, description="Edustus."),
            ParticipationWay(kind=ParticipationWay.Kind.ADVISORY_BOARD, description="Kokoaa."),
        ],
    )
    html = section(client.get(network.url).content.decode(), "ways-title")
    assert html.index("Ohjausryhmä") < html.index("Neuvottelukunta")


def test_facts_show_status_regions_and_founding_date(client, network_index):
    network = NetworkPageFactory(
        parent=network_index,
        status=NetworkPage.Status.CONTINUING,
        founded=datetime.date(2021, 3, 1),
        activity_period="2021–",
        regions=[RegionFactory(name="Itä-Lappi", slug="ita-lappi")],
    )
    html = client.get(network.url).content.decode()
    assert "Jatkaa toimintaansa" in html
    assert "1.3.2021" in html
    assert "2021–" in html
    assert "Itä-Lappi" in html


def test_coordinator_card_shows_only_while_published(client, open_network, coordinator):
    html = client.get(open_network.url).content.decode()
    assert 'id="coordinator-title"' in html
    assert coordinator.name in html
    assert "js/email.js" in html
    coordinator.live = False
    coordinator.save()
    html = client.get(open_network.url).content.decode()
    assert 'id="coordinator-title"' not in html
    assert coordinator.name not in html


def test_network_page_lists_its_own_upcoming_events(client, open_network, event_index):
    EventPageFactory(parent=event_index, title="Verkoston webinaari", network=open_network)
    EventPageFactory(parent=event_index, title="Toisen verkoston webinaari")
    gone = timezone.now() - datetime.timedelta(days=3)
    EventPageFactory(
        parent=event_index,
        title="Mennyt verkostotapaaminen",
        network=open_network,
        start=gone,
        end=gone + datetime.timedelta(hours=1),
    )
    html = section(client.get(open_network.url).content.decode(), "events-title")
    assert "Verkoston webinaari" in html
    assert "Toisen verkoston webinaari" not in html
    assert "Mennyt verkostotapaaminen" not in html


def test_events_behind_a_view_restriction_stay_off_the_network_page(
    client, open_network, event_index
):
    from wagtail.models import PageViewRestriction

    private = EventPageFactory(parent=event_index, title="Sisäinen työpaja", network=open_network)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    EventPageFactory(parent=event_index, title="Avoin työpaja", network=open_network)
    html = section(client.get(open_network.url).content.decode(), "events-title")
    assert "Avoin työpaja" in html
    assert "Sisäinen työpaja" not in html


def test_index_lists_live_networks_by_title(client, network_index):
    NetworkPageFactory(parent=network_index, title="Pohjois-Pohjanmaan verkosto")
    NetworkPageFactory(parent=network_index, title="Lapin verkosto")
    NetworkPageFactory(parent=network_index, title="Luonnosverkosto", live=False)
    html = client.get(network_index.url).content.decode()
    assert html.index("Lapin verkosto") < html.index("Pohjois-Pohjanmaan verkosto")
    assert "Luonnosverkosto" not in html


def test_networks_with_a_keyword_for_keyword_pages(network_index):
    keyword = KeywordFactory(name="järjestöt")
    tagged = NetworkPageFactory(parent=network_index, keywords=[keyword])
    NetworkPageFactory(parent=network_index)
    assert list(NetworkPage.objects.live().with_keyword(keyword).for_listing()) == [tagged]
    assert keyword.network_items.get().content_object.specific == tagged


@pytest.mark.parametrize(
    "suffix", ["tuntematon/", "ilmoittautuminen/", "ilmoittautuminen/kiitos/x/", "ical/x/"]
)
def test_unknown_routes_are_404(client, open_network, suffix):
    assert client.get(open_network.url + suffix).status_code == 404


@pytest.mark.parametrize(
    "status, label",
    [
        (NetworkPage.Status.ACTIVE, "Toiminnassa"),
        (NetworkPage.Status.CONTINUING, "Jatkaa toimintaansa"),
    ],
)
def test_a_network_whose_period_has_ended_says_so_on_its_page_and_in_the_listing(
    client, network_index, status, label
):
    current_year = timezone.localdate().year
    running = NetworkPageFactory(
        parent=network_index,
        title="Käynnissä oleva verkosto",
        status=status,
        activity_period=f"2021–{current_year}",
    )
    html = client.get(running.url).content.decode()
    assert label in html
    assert "Päättynyt" not in html
    ended = NetworkPageFactory(
        parent=network_index,
        title="Vanha verkosto",
        status=status,
        activity_period=f"2021–{current_year - 1}",
    )
    html = client.get(ended.url).content.decode()
    assert "Päättynyt" in html
    assert label not in html
    listing = client.get(network_index.url).content.decode()
    assert listing.count(label) == 1
    assert listing.count("Päättynyt") == 1


def test_the_ended_status_speaks_the_visitors_language():
    page = NetworkPage(status=NetworkPage.Status.ACTIVE, activity_period="2021–2023")
    today = datetime.date(2026, 11, 30)
    assert page.current_status(today=today) == NetworkPage.Status.ENDED
    with translation.override("sv"):
        assert page.current_status_display() == "Avslutat"
    with translation.override("en"):
        assert page.current_status_display() == "Ended"


def test_an_open_or_unfinished_period_keeps_the_editors_status():
    today = datetime.date(2040, 1, 1)
    for period in ("Toistaiseksi", "2021–", "2021 -", ""):
        page = NetworkPage(status=NetworkPage.Status.ACTIVE, activity_period=period)
        assert page.current_status(today=today) == NetworkPage.Status.ACTIVE, period
    page = NetworkPage(status=NetworkPage.Status.CONTINUING, activity_period="2021–2040")
    assert page.current_status(today=today) == NetworkPage.Status.CONTINUING


def test_network_news_lists_each_article_once_in_the_pages_language(
    client, home, network_index, news_index
):
    from sitewide.translation import ensure_translation
    from tests.factories import NewsPageFactory

    network = NetworkPageFactory(parent=network_index)
    article = NewsPageFactory(parent=news_index, title="Verkosto jatkaa", network=network)
    html = section(client.get(network.url).content.decode(), "network-news-title")
    assert "Verkosto jatkaa" in html
    # A translation keeps the article's network; the Finnish page still lists the article once.
    for page in (home, news_index):
        ensure_translation(page, "sv")
    ensure_translation(article, "sv", title="Nätverket fortsätter")
    html = section(client.get(network.url).content.decode(), "network-news-title")
    assert "Verkosto jatkaa" in html and "Nätverket fortsätter" not in html
    # Under /sv/ the same (untranslated) network page lists the Swedish version instead.
    html = section(client.get("/sv" + network.url).content.decode(), "network-news-title")
    assert "Nätverket fortsätter" in html and "Verkosto jatkaa" not in html
