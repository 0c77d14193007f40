"""Demo networks, meetings and events in Finnish, written for this site from the seed facts.

Every person is fictional (the cards come from contacts/demo.py). Events that should look
upcoming are placed relative to the day the demo is loaded; a second run creates nothing.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from contacts.demo import load_demo_contacts, seed_card
from contacts.models import ContactCard, Organisation, Region
from sitewide.demo_sites import LAPLAND, NORTH_OSTROBOTHNIA

from .models import (
    EventIndexPage,
    EventPage,
    NetworkIndexPage,
    NetworkMeeting,
    NetworkMember,
    NetworkPage,
    ParticipationWay,
)

LAPLAND_REGIONS = [
    "ita-lappi",
    "kemi-tornio",
    "pohjois-lappi",
    "rovaniemi",
    "torniolaakso",
    "tunturi-lappi",
]
NORTH_OSTROBOTHNIA_REGIONS = [
    "oulun-seutu",
    "koillismaa",
    "oulunkaari",
    "rannikko",
    "oulun-etelainen",
    "raahen-seutu",
]
Way = ParticipationWay.Kind
Mode = NetworkMeeting.Mode
Attendance = EventPage.AttendanceMode


def _networks(today: datetime.date) -> list[dict]:
    return [
        {
            "slug": "lapin-osallisuusverkosto",
            "title": "Lapin osallisuusverkosto",
            "site": LAPLAND,
            "purpose": (
                "<p>Verkosto koottiin keväällä 2021 tukemaan asukkaiden osallisuutta Lapin "
                "sote-uudistuksen valmistelussa. Mukana on osallisuustyön tekijöitä kaikista "
                "Lapin seutukunnista, molemmista sairaanhoitopiireistä, maakunnan liitosta, "
                "aluehallintovirastosta, Saamelaiskäräjiltä ja järjestöistä.</p>"
                "<h2>Tehtävät</h2><ul>"
                "<li>kuvata, millaista osallisuus on lappilaisissa kunnissa</li>"
                "<li>lisätä kuntien osallisuustietoa</li>"
                "<li>ehdottaa, miten osallisuutta vahvistetaan myös sosiaali- ja "
                "terveyspalveluissa</li>"
                "<li>kommentoida hyvinvointialueen osallisuusrakenteita ja viedä hyviä "
                "käytäntöjä omiin organisaatioihin</li></ul>"
                "<p>Ensimmäisen vuoden jälkeen verkosto päätti yksimielisesti jatkaa työtään "
                "myös vuonna 2022.</p>"
            ),
            "regions": LAPLAND_REGIONS,
            "founded": datetime.date(2021, 3, 1),
            "activity_period": "2021–2022",
            "status": NetworkPage.Status.CONTINUING,
            "coordinator": seed_card("lapland-coordinator"),
            "member_grouping": NetworkPage.MemberGrouping.TYPE,
            "signup_open": True,
            "signup_deadline": datetime.date(2021, 12, 31),
            "keywords": ["osallisuus", "Lappi", "verkostot", "asiakasosallisuus"],
            "members": [
                ("Sote-rakenneuudistus Lapissa -hanke", "Koordinointi"),
                ("Lapin sairaanhoitopiiri", "Jäsen"),
                ("Länsi-Pohjan sairaanhoitopiiri", "Jäsen"),
                ("Lapin liitto", "Jäsen"),
                ("Pohjois-Suomen aluehallintovirasto", "Asiantuntijajäsen"),
                ("Saamelaiskäräjät", "Jäsen"),
                ("Tunturikylien yhteisö ry", "Järjestöjen edustaja"),
                ("Itä-Lapin omaishoitajat ry", "Järjestöjen edustaja"),
            ],
            "ways": [
                (
                    Way.OPEN_NETWORK,
                    "Verkosto on avoin kaikille, jotka edistävät tai kehittävät osallisuutta "
                    "Lapissa.",
                ),
            ],
            "meetings": [
                (datetime.date(2021, 4, 13), "Aloitus: tavoitteet ja työskentelytavat."),
                (datetime.date(2021, 5, 18), "Osallisuuden nykytila seutukunnittain."),
                (datetime.date(2021, 6, 15), "Asiakasosallisuuden esimerkkejä kunnista."),
                (datetime.date(2021, 8, 24), "Syksyn webinaarin suunnittelu."),
                (datetime.date(2021, 9, 21), "Kommentit hyvinvointialueen valmisteluun."),
                (datetime.date(2021, 10, 19), "Päätös jatkaa verkostona myös vuonna 2022."),
            ],
        },
        {
            "slug": "popsote-jarjestoosallisuus",
            "title": "Järjestöosallisuus POPsote-hankkeessa",
            "site": NORTH_OSTROBOTHNIA,
            "purpose": (
                "<p>Järjestöt ja yhdistykset tuovat Pohjois-Pohjanmaan sote-kehittämiseen "
                "asukkaiden äänen, omien jäsentensä tarpeet ja palveluntuottajan näkökulman. "
                "Osallistua voi koko hyvinvointialueen tasolla sekä hankkeen kuudella "
                "alueella ja niiden sote-keskuksissa.</p>"
                "<p>Paikallisesti yhteistyötä rakennetaan hyte-asiantuntijoiden, "
                "aluekehittäjien, sote-keskusten ja kuntien kanssa. Järjestöyhteistyötä tukee "
                "hankkeen järjestö- ja yhdistysyhteistyön asiantuntija.</p>"
            ),
            "regions": NORTH_OSTROBOTHNIA_REGIONS,
            "founded": datetime.date(2021, 1, 1),
            "activity_period": "2021–2023",
            "status": NetworkPage.Status.ACTIVE,
            "coordinator": seed_card("ngo-expert-north-ostrobothnia"),
            "member_grouping": NetworkPage.MemberGrouping.REGION,
            "signup_open": False,
            "signup_deadline": None,
            "keywords": [
                "sote",
                "soteuudistus",
                "järjestöt",
                "sote-järjestöjen verkosto",
                "järjestöneuvottelukunta",
                "kokemustoiminta",
            ],
            "members": [
                ("POPsote-hanke", "Koordinointi"),
                ("Pohjois-Pohjanmaan hyvinvointialue", "Jäsen"),
                ("Koillismaan järjestöverkko ry", "Alueen järjestöjen yhteyshenkilö"),
                ("Rannikon kokemustoimijat ry", "Kokemustoiminnan edustaja"),
                ("Raahen seudun kunnat", "Kuntayhteistyö"),
            ],
            "ways": [
                (Way.STEERING_GROUP, "Järjestöillä on edustus hankkeen ohjausryhmässä."),
                (
                    Way.WORKING_GROUP,
                    "Järjestöjä kutsutaan tarpeen mukaan perustettaviin työryhmiin.",
                ),
                (
                    Way.OPEN_NETWORK,
                    "Alueiden järjestöverkostot ja avoimet tilaisuudet ovat kaikkien yhdistysten "
                    "käytössä.",
                ),
                (
                    Way.ADVISORY_BOARD,
                    "Järjestöneuvottelukunta kokoaa järjestöjen näkemykset hyvinvointialueelle.",
                ),
            ],
            "meetings": [
                (datetime.date(2021, 9, 8), "Alueiden järjestöyhteistyön aloitus."),
                (datetime.date(2021, 11, 10), "Järjestöneuvottelukunnan valmistelu."),
            ],
        },
        {
            "slug": "kokemustoimijoiden-verkosto",
            "title": "Pohjois-Suomen kokemustoimijoiden verkosto",
            # Coordinated from the North Ostrobothnian coast (its coordinator's card is on both).
            "site": NORTH_OSTROBOTHNIA,
            "purpose": (
                "<p>Verkosto kokoaa kokemusasiantuntijat, kokemustoimintaa järjestävät "
                "yhdistykset ja hyvinvointialueiden osallisuustyöntekijät jakamaan "
                "koulutusmalleja ja sopimaan, miten kokemustieto saadaan palvelujen "
                "kehittämiseen.</p><p>Uudet jäsenet ovat tervetulleita: ilmoittaudu alla "
                "olevalla lomakkeella.</p>"
            ),
            "regions": ["rovaniemi", "oulun-seutu", "rannikko", "ita-lappi"],
            "founded": datetime.date(2024, 9, 1),
            "activity_period": "Toistaiseksi",
            "status": NetworkPage.Status.ACTIVE,
            "coordinator": ContactCard.objects.filter(name="Pekka Rantakangas").first(),
            "member_grouping": NetworkPage.MemberGrouping.TYPE,
            "signup_open": True,
            "signup_deadline": today + datetime.timedelta(days=120),
            "keywords": ["kokemustoiminta", "asiakasosallisuus", "järjestöt"],
            "members": [
                ("Rannikon kokemustoimijat ry", "Koordinointi"),
                ("Itä-Lapin omaishoitajat ry", "Jäsen"),
                ("Lapin hyvinvointialue", "Jäsen"),
                ("Pohjois-Pohjanmaan hyvinvointialue", "Jäsen"),
            ],
            "ways": [
                (Way.OPEN_NETWORK, "Avoimet verkostotapaamiset etänä kerran kuussa."),
                (Way.WORKING_GROUP, "Koulutustyöryhmä kehittää kokemusasiantuntijakoulutusta."),
            ],
            "meetings": [
                (today - datetime.timedelta(days=60), "Syyskauden suunnittelu."),
                (today - datetime.timedelta(days=25), "Koulutusmallien vertailu."),
            ],
        },
    ]


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _events(today: datetime.date) -> list[dict]:
    soon = today + datetime.timedelta(days=14)
    later = today + datetime.timedelta(days=35)
    latest = today + datetime.timedelta(days=60)
    recent = today - datetime.timedelta(days=30)
    return [
        {
            "slug": "lappilaisen-asiakasosallisuuden-monet-kasvot",
            "title": "Lappilaisen asiakasosallisuuden monet kasvot",
            "start": _at(datetime.date(2021, 11, 18), 13),
            "end": _at(datetime.date(2021, 11, 18), 15, 30),
            "attendance_mode": Attendance.ONLINE,
            "online_url": "https://webinaari.example/lappi-asiakasosallisuus",
            "network": "lapin-osallisuusverkosto",
            "description": (
                "<p>Osallisuusverkoston ensimmäisen toimintavuoden tuloksena syntynyt "
                "webinaari esitteli lappilaisia tapoja ottaa asiakkaat mukaan sote-palvelujen "
                "kehittämiseen.</p>"
            ),
            "materials_url": "https://tallenteet.example/lappi-asiakasosallisuus",
            "keywords": ["asiakasosallisuus", "Lappi"],
        },
        {
            "slug": "jarjestoneuvottelukunnan-infotilaisuus",
            "title": "Järjestöneuvottelukunnan infotilaisuus",
            "start": _at(datetime.date(2022, 2, 10), 17),
            "end": _at(datetime.date(2022, 2, 10), 18, 30),
            "attendance_mode": Attendance.MIXED,
            "online_url": "https://webinaari.example/jarjestoneuvottelukunta",
            "venue": "Järjestötalo",
            "address": "Esimerkkikatu 1, 90100 Oulu",
            "network": "popsote-jarjestoosallisuus",
            "description": (
                "<p>Kerroimme, miten järjestöneuvottelukunta kootaan ja miten yhdistykset "
                "voivat asettaa ehdokkaita.</p>"
            ),
            "keywords": ["järjestöneuvottelukunta", "järjestöt"],
        },
        {
            "slug": "kokemustoimijoiden-syystapaaminen",
            "title": "Kokemustoimijoiden syystapaaminen",
            "start": _at(recent, 10),
            "end": _at(recent, 12),
            "attendance_mode": Attendance.ONLINE,
            "online_url": "https://webinaari.example/kokemustoimijat-syksy",
            "network": "kokemustoimijoiden-verkosto",
            "description": "<p>Vaihdoimme kuulumiset ja kokosimme syksyn koulutustoiveet.</p>",
            "keywords": ["kokemustoiminta"],
        },
        {
            "slug": "kokemusasiantuntijuus-palvelujen-kehittamisessa",
            "title": "Kokemusasiantuntijuus palvelujen kehittämisessä",
            "start": _at(soon, 13),
            "end": _at(soon, 15, 30),
            "attendance_mode": Attendance.ONLINE,
            "online_url": "https://webinaari.example/kokemusasiantuntijuus",
            "network": "kokemustoimijoiden-verkosto",
            "registration_url": "https://ilmoittautuminen.example/kokemusasiantuntijuus",
            "registration_deadline": soon - datetime.timedelta(days=3),
            "description": (
                "<p>Webinaarissa kuullaan, miten kokemusasiantuntijat ovat olleet mukana "
                "palvelujen suunnittelussa kahdella hyvinvointialueella.</p>"
            ),
            "keywords": ["kokemustoiminta", "asiakasosallisuus"],
        },
        {
            "slug": "sote-keskusten-jarjestoaamupaiva",
            "title": "Sote-keskusten järjestöaamupäivä",
            "start": _at(later, 9),
            "end": _at(later, 12),
            "attendance_mode": Attendance.OFFLINE,
            "venue": "Sote-keskuksen auditorio",
            "address": "Esimerkkitie 5, 93600 Kuusamo",
            "network": "popsote-jarjestoosallisuus",
            "registration_url": "https://ilmoittautuminen.example/jarjestoaamupaiva",
            "description": (
                "<p>Koillismaan yhdistykset ja sote-keskuksen henkilöstö sopivat yhdessä "
                "kevään yhteistyöstä.</p>"
            ),
            "keywords": ["järjestöt", "sote-keskus"],
        },
        {
            "slug": "osallisuusverkostojen-yhteinen-foorumi",
            "title": "Osallisuusverkostojen yhteinen foorumi",
            "start": _at(latest, 12),
            "end": _at(latest + datetime.timedelta(days=1), 14),
            "attendance_mode": Attendance.MIXED,
            "online_url": "https://webinaari.example/osallisuusfoorumi",
            "venue": "Kulttuuritalo",
            "address": "Esimerkkiaukio 3, 96200 Rovaniemi",
            "network": None,
            # In Rovaniemi: on the Lapland site (an event of a network goes with its network).
            "site": LAPLAND,
            "description": (
                "<p>Kaksipäiväinen foorumi kokoaa Pohjois-Suomen osallisuusverkostot "
                "vertailemaan toimintatapojaan.</p>"
            ),
            "keywords": ["osallisuus", "verkostot"],
        },
    ]


def ensure_index(root: Page, model, title: str, slug: str, intro: str):
    index = model.objects.child_of(root).first()
    if index is None:
        index = root.add_child(
            instance=model(title=title, slug=slug, show_in_menus=True, intro=intro)
        )
        index.save_revision().publish()
    return index


def _add_network(index: NetworkIndexPage, data: dict) -> NetworkPage:
    organisations = {o.name: o for o in Organisation.objects.all()}
    page = NetworkPage(
        title=data["title"],
        slug=data["slug"],
        purpose=data["purpose"],
        founded=data["founded"],
        activity_period=data["activity_period"],
        status=data["status"],
        coordinator=data["coordinator"],
        member_grouping=data["member_grouping"],
        signup_open=data["signup_open"],
        signup_deadline=data["signup_deadline"],
    )
    page.members = [
        NetworkMember(organisation=organisations[name], role=role)
        for name, role in data["members"]
        if name in organisations
    ]
    page.participation_ways = [ParticipationWay(kind=k, description=d) for k, d in data["ways"]]
    page.meetings = [
        NetworkMeeting(date=day, mode=Mode.REMOTE, summary=summary)
        for day, summary in data["meetings"]
    ]
    page.regions = list(Region.objects.filter(slug__in=data["regions"]))
    index.add_child(instance=page)
    page.keywords.set(data["keywords"])
    page.save_revision().publish()
    return page


def _add_event(index: EventIndexPage, data: dict) -> EventPage:
    network_slug = data.get("network")
    fields = {k: v for k, v in data.items() if k not in ("network", "keywords", "site")}
    page = EventPage(
        network=NetworkPage.objects.filter(slug=network_slug).first() if network_slug else None,
        **fields,
    )
    index.add_child(instance=page)
    page.keywords.set(data["keywords"])
    page.save_revision().publish()
    return page


# The demo account (sitewide's ensure_demo_users) that handles one demo network's sign-ups.
DEMO_COORDINATOR_USERNAME = "koordinaattori"
DEMO_COORDINATED_NETWORK = "lapin-osallisuusverkosto"


def link_demo_coordinator() -> NetworkPage | None:
    """Make the demo coordinator account the sign-up handler of the Lapland network, if both
    exist; idempotent. The network it handles, or None."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=DEMO_COORDINATOR_USERNAME).first()
    network = NetworkPage.objects.filter(slug=DEMO_COORDINATED_NETWORK).first()
    if user is None or network is None:
        return None
    # On the live row (and so on the next revision too): no draft waits for a moderator.
    network.coordinator_users.add(user)
    network.save()
    return network


def event_site_key(event: dict, networks: list[dict]) -> str:
    """An event goes to its network's site (a page links only within its site), else its own."""
    by_slug = {network["slug"]: network["site"] for network in networks}
    return by_slug.get(event.get("network"), event.get("site", LAPLAND))


@transaction.atomic
def load_demo_network(
    root: Page, today: datetime.date | None = None, roots: dict[str, Page] | None = None
) -> int:
    """Create the demo index pages, networks and events that are missing; return pages made.
    Each goes under its demo site's root in `roots` (sitewide.demo_sites' keys), or under
    `root` when its site has none. A network or event that exists anywhere is left where it is
    (a database from before the second site keeps all of them on the first)."""
    today = today or timezone.localdate()
    roots = roots or {}
    load_demo_contacts()  # idempotent; the networks refer to its organisations and cards
    pages_before = Page.objects.count()
    networks = _networks(today)
    events = _events(today)
    network_indexes = {}
    event_indexes = {}
    for key in {network["site"] for network in networks}:
        parent = roots.get(key, root)
        network_indexes[key] = ensure_index(
            parent,
            NetworkIndexPage,
            "Verkostot",
            "verkostot",
            "Osallisuus- ja järjestöverkostot: keitä niissä on mukana, mitä ne tekevät ja "
            "miten mukaan pääsee.",
        )
    for key in {event_site_key(event, networks) for event in events}:
        parent = roots.get(key, root)
        event_indexes[key] = ensure_index(
            parent,
            EventIndexPage,
            "Tapahtumat",
            "tapahtumat",
            "Verkostojen webinaarit, tapaamiset ja foorumit. Tilaa tapahtumat kalenteriisi.",
        )
    existing = set(NetworkPage.objects.values_list("slug", flat=True))
    for data in networks:
        if data["slug"] not in existing:
            _add_network(network_indexes[data["site"]], data)
    existing = set(EventPage.objects.values_list("slug", flat=True))
    for data in events:
        if data["slug"] not in existing:
            _add_event(event_indexes[event_site_key(data, networks)], data)
    return Page.objects.count() - pages_before


# The index pages' titles and introductions in the other site languages (home/demo.py).
NETWORK_INDEX_TRANSLATIONS = {
    "sv": {
        "title": "Nätverk",
        "intro": "Nätverk för delaktighet och organisationer: vilka som är med, vad de gör och "
        "hur man kommer med.",
    },
    "en": {
        "title": "Networks",
        "intro": "Participation and NGO networks: who takes part, what they do and how to join.",
    },
}
EVENT_INDEX_TRANSLATIONS = {
    "sv": {
        "title": "Evenemang",
        "intro": "Nätverkens webbinarier, träffar och forum. Prenumerera på evenemangen i din "
        "kalender.",
    },
    "en": {
        "title": "Events",
        "intro": "The networks' webinars, meetings and forums. Subscribe to them in your calendar.",
    },
}
