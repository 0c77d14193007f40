"""Demo regions, organisations and contact cards. Every person, address and number is invented:
addresses use the reserved `.example` domain and numbers the unused 050 000 series."""

import datetime

from django.db import transaction
from wagtail.models import Page, Site

from sitewide.demo_sites import AREA_SITES, LAPLAND, NORTH_OSTROBOTHNIA, demo_sites

from .models import ContactCard, ContactDirectoryPage, Organisation, Region

REGIONS = [
    # (name, slug, area)
    ("Itä-Lappi", "ita-lappi", "Lappi"),
    ("Kemi-Tornio", "kemi-tornio", "Lappi"),
    ("Pohjois-Lappi", "pohjois-lappi", "Lappi"),
    ("Rovaniemi", "rovaniemi", "Lappi"),
    ("Torniolaakso", "torniolaakso", "Lappi"),
    ("Tunturi-Lappi", "tunturi-lappi", "Lappi"),
    ("Oulun seutu", "oulun-seutu", "Pohjois-Pohjanmaa"),
    ("Koillismaa", "koillismaa", "Pohjois-Pohjanmaa"),
    ("Oulunkaari", "oulunkaari", "Pohjois-Pohjanmaa"),
    ("Rannikko", "rannikko", "Pohjois-Pohjanmaa"),
    ("Oulun eteläinen", "oulun-etelainen", "Pohjois-Pohjanmaa"),
    ("Raahen seutu", "raahen-seutu", "Pohjois-Pohjanmaa"),
]

T = Organisation.Type
ORGANISATIONS = [
    # (name, type, region slug or None)
    ("Sote-rakenneuudistus Lapissa -hanke", T.PROJECT, "rovaniemi"),
    ("Lapin hyvinvointialue", T.WELLBEING_COUNTY, "rovaniemi"),
    ("Lapin sairaanhoitopiiri", T.HOSPITAL_DISTRICT, "rovaniemi"),
    ("Länsi-Pohjan sairaanhoitopiiri", T.HOSPITAL_DISTRICT, "kemi-tornio"),
    ("Lapin liitto", T.REGIONAL_COUNCIL, "rovaniemi"),
    ("Pohjois-Suomen aluehallintovirasto", T.STATE_AGENCY, "oulun-seutu"),
    ("Saamelaiskäräjät", T.SAMI_PARLIAMENT, "pohjois-lappi"),
    ("Tunturikylien yhteisö ry", T.NGO, "tunturi-lappi"),
    ("Itä-Lapin omaishoitajat ry", T.NGO, "ita-lappi"),
    ("POPsote-hanke", T.PROJECT, "oulun-seutu"),
    ("Pohjois-Pohjanmaan hyvinvointialue", T.WELLBEING_COUNTY, "oulun-seutu"),
    ("Koillismaan järjestöverkko ry", T.NGO, "koillismaa"),
    ("Rannikon kokemustoimijat ry", T.NGO, "rannikko"),
    ("Raahen seudun kunnat", T.MUNICIPALITY, "raahen-seutu"),
]

# Seed roles by the key that news/demo_data.py uses to attach them to the seed articles.
SEED_CARDS = {
    "lapland-coordinator": "Aino Koskela",
    "ngo-expert-north-ostrobothnia": "Marjut Hiltunen",
}

CARDS = [
    {
        "name": "Aino Koskela",
        "job_title": "Osallisuuskoordinaattori",
        "organisation": "Sote-rakenneuudistus Lapissa -hanke",
        "email": "aino.koskela@lapinsote.example",
        "phone": "050 000 1001",
        "expertise": "Lapin osallisuusverkoston koordinointi, asukasosallisuus sote-uudistuksessa.",
        "keywords": ["osallisuus", "Lappi", "verkostot"],
    },
    {
        "name": "Marjut Hiltunen",
        "job_title": "Järjestö- ja yhdistysyhteistyön asiantuntija",
        "organisation": "POPsote-hanke",
        "email": "marjut.hiltunen@popsote.example",
        "phone": "050 000 1002",
        "x_handle": "@MarjutHdemo",
        "expertise": "Järjestöjen osallistuminen POPsote-hankkeen kehittämistyöhön.",
        "keywords": ["järjestöt", "sote", "järjestöneuvottelukunta", "Pohjois-Pohjanmaa"],
    },
    {
        "name": "Eero Palojärvi",
        "job_title": "Hyte-asiantuntija",
        "organisation": "POPsote-hanke",
        "email": "eero.palojarvi@popsote.example",
        "phone": "050 000 1003",
        "expertise": "Hyvinvoinnin ja terveyden edistäminen Koillismaan ja Oulunkaaren alueilla.",
        "keywords": ["hyte", "Pohjois-Pohjanmaa"],
    },
    {
        "name": "Sanni Uusitalo",
        "job_title": "Aluekehittäjä",
        "organisation": "Pohjois-Pohjanmaan hyvinvointialue",
        "email": "sanni.uusitalo@pohjoispohjanmaa.example",
        "phone": "050 000 1004",
        "linkedin_url": "https://www.linkedin.com/in/sanni-uusitalo-demo",
        "expertise": "Sote-keskusten ja kuntien järjestöyhteistyön toimintamallit.",
        "keywords": ["sote-keskus", "järjestöt"],
    },
    {
        "name": "Pekka Rantakangas",
        "job_title": "Kokemusasiantuntijatoiminnan koordinaattori",
        "organisation": "Rannikon kokemustoimijat ry",
        "email": "pekka.rantakangas@kokemustoimijat.example",
        "phone": "050 000 1005",
        "mastodon_url": "@pekkar@mastodon.example",
        "expertise": "Kokemusasiantuntijoiden koulutus ja välitys kehittämistyöhön.",
        "keywords": ["kokemustoiminta", "asiakasosallisuus"],
        # Coordinates the experts-by-experience network of both counties: one card, two sites.
        "sites": [LAPLAND, NORTH_OSTROBOTHNIA],
    },
    {
        "name": "Liisa Kaarlehto",
        "job_title": "Osallisuussuunnittelija",
        "organisation": "Lapin hyvinvointialue",
        "email": "liisa.kaarlehto@lapinhyvinvointi.example",
        "phone": "050 000 1006",
        "bluesky_handle": "liisak-demo.bsky.social",
        "expertise": "Vaikuttamistoimielinten tuki ja asukasraatien järjestäminen.",
        "keywords": ["vaikuttamistoimielimet", "asukasraadit", "Lappi"],
    },
    {
        "name": "Ánne Vuomajärvi",
        "job_title": "Saamenkielisten palvelujen suunnittelija",
        "organisation": "Saamelaiskäräjät",
        "email": "anne.vuomajarvi@samediggi.example",
        "phone": "050 000 1007",
        "expertise": "Saamelaisasiakkaiden osallisuus ja saamenkieliset sote-palvelut.",
        "keywords": ["saamelaiset", "asiakasosallisuus"],
    },
    {
        "name": "Hanna Törmänen",
        "job_title": "Toiminnanjohtaja",
        "organisation": "Tunturikylien yhteisö ry",
        "email": "hanna.tormanen@tunturikylat.example",
        "phone": "050 000 1008",
        "expertise": "Kyläyhdistysten yhteistyö ja harvaan asuttujen alueiden palvelut.",
        "keywords": ["järjestöt", "Lappi"],
    },
    {
        "name": "Ville Kangasniemi",
        "job_title": "Erityisasiantuntija",
        "organisation": "Pohjois-Suomen aluehallintovirasto",
        "email": "ville.kangasniemi@avi.example",
        "phone": "050 000 1009",
        "expertise": "Sosiaali- ja terveyspalvelujen ohjaus ja valvonta, yhdenvertaisuus.",
        "keywords": ["yhdenvertaisuus"],
        # The regional state administrative agency serves both counties.
        "sites": [LAPLAND, NORTH_OSTROBOTHNIA],
    },
    {
        "name": "Riikka Vaara",
        "job_title": "Suunnittelija",
        "organisation": "Lapin liitto",
        "email": "riikka.vaara@lapinliitto.example",
        "phone": "050 000 1010",
        "expertise": "Maakunnallinen hyvinvointisuunnittelu ja järjestöavustukset.",
        "keywords": ["järjestöavustukset", "hyte"],
    },
    {
        "name": "Tuomas Ylikorpi",
        "job_title": "Nuorisotyön koordinaattori",
        "organisation": "Raahen seudun kunnat",
        "email": "tuomas.ylikorpi@raahenseutu.example",
        "phone": "050 000 1011",
        "expertise": "Nuorisovaltuustojen yhteistyö hyvinvointialueen kanssa.",
        "keywords": ["nuoret", "vaikuttamistoimielimet"],
    },
    {
        "name": "Kaisa Louhela",
        "job_title": "Omaishoidon kehittäjä",
        "organisation": "Itä-Lapin omaishoitajat ry",
        "email": "kaisa.louhela@omaishoitajat.example",
        "phone": "050 000 1012",
        "expertise": "Omaishoitajien vertaistuki ja ikäihmisten palvelujen kehittäminen.",
        "keywords": ["ikäihmiset", "järjestöt"],
    },
    {
        "name": "Jussi Merikanto",
        "job_title": "Digituen asiantuntija",
        "organisation": "Koillismaan järjestöverkko ry",
        "email": "jussi.merikanto@koillisverkko.example",
        "phone": "050 000 1013",
        "expertise": "Digitaalinen osallisuus ja etäosallistumisen välineet järjestöille.",
        "keywords": ["digitaalinen osallisuus", "järjestöt"],
    },
    {
        "name": "Outi Hakoniemi",
        "job_title": "Potilasasiamies",
        "organisation": "Länsi-Pohjan sairaanhoitopiiri",
        "email": "outi.hakoniemi@lansipohja.example",
        "phone": "050 000 1014",
        "expertise": "Potilaiden oikeudet ja palautteen hyödyntäminen kehittämisessä.",
        "keywords": ["asiakasosallisuus"],
        # An old check date shows how the admin's "check these cards" report works.
        "last_checked": datetime.date(2022, 6, 1),
    },
]


def card_site_keys(data: dict, organisation: Organisation) -> list[str]:
    """The demo sites a card belongs to: its own list, else its organisation's county."""
    if "sites" in data:
        return data["sites"]
    area = organisation.region.area if organisation.region else None
    return [AREA_SITES.get(area, LAPLAND)]


@transaction.atomic
def load_demo_contacts(sites: dict[str, Site] | None = None) -> int:
    """Create the demo regions, organisations and cards that are missing, each card on its
    demo sites (`sites`: sitewide.demo_sites' key to site; by default the sites that exist);
    return cards created. A card that exists is left as it is, sites included."""
    sites = demo_sites() if sites is None else sites
    regions = {}
    for name, slug, area in REGIONS:
        regions[slug], _created = Region.objects.get_or_create(
            slug=slug, defaults={"name": name, "area": area}
        )
    organisations = {}
    for name, org_type, region_slug in ORGANISATIONS:
        organisations[name], _created = Organisation.objects.get_or_create(
            name=name, defaults={"type": org_type, "region": regions.get(region_slug)}
        )
    created = 0
    for data in CARDS:
        if ContactCard.objects.filter(name=data["name"]).exists():
            continue
        organisation = organisations[data["organisation"]]
        fields = {k: v for k, v in data.items() if k not in ("organisation", "keywords", "sites")}
        card = ContactCard(organisation=organisation, **fields)
        card.full_clean(exclude=["sites"])
        card.save()
        card.keywords.set(data["keywords"])
        keys = card_site_keys(data, organisation)
        card.sites.set({sites[key] for key in keys if key in sites})
        card.save()
        card.save_revision().publish()
        created += 1
    return created


def seed_card(key: str) -> ContactCard | None:
    name = SEED_CARDS.get(key)
    return ContactCard.objects.filter(name=name).first() if name else None


def ensure_directory_page(root: Page) -> ContactDirectoryPage:
    directory = ContactDirectoryPage.objects.child_of(root).first()
    if directory is None:
        directory = root.add_child(
            instance=ContactDirectoryPage(
                title="Asiantuntijat",
                slug="asiantuntijat",
                show_in_menus=True,
                intro="Keneltä kysyä? Osallisuuden ja järjestöyhteistyön asiantuntijat "
                "hyvinvointialueilla, hankkeissa ja järjestöissä.",
            )
        )
        directory.save_revision().publish()
    return directory


# The directory's title and introduction in the other site languages (home/demo.py uses them).
DIRECTORY_TRANSLATIONS = {
    "sv": {
        "title": "Experter",
        "intro": "Vem kan jag fråga? Experter på delaktighet och samarbete med organisationer i "
        "välfärdsområden, projekt och organisationer.",
    },
    "en": {
        "title": "Experts",
        "intro": "Whom to ask? Experts in participation and NGO cooperation in the wellbeing "
        "services counties, projects and NGOs.",
    },
}
