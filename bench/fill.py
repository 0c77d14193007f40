"""Bulk-builds real Wagtail content for the benchmark: news, keywords, cards, networks, events.

`Page.add_child` costs tens of milliseconds per page (treebeard path bookkeeping, signals,
one revision at a time); at 100,000 pages that is over an hour. Here pages are written in
batches instead, with everything `add_child` + `save_revision().publish()` would leave behind
that the public site reads: treebeard path/depth/numchild, url_path, the specific row, child
relations, one revision per object (latest_revision and live_revision set), and the search
index rows written by the search backend's own `add_bulk`. What is skipped: log entries,
the reference index and signals, which no public page reads.
"""

from __future__ import annotations

import datetime
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, Site
from wagtail.search.backends import get_search_backends

from contacts.demo import ensure_directory_page
from contacts.models import ContactCard, ContactCardKeyword, Organisation, Region
from home.models import HomePage
from keywords.models import Keyword
from network.demo import ensure_index
from network.models import (
    EventIndexPage,
    EventPage,
    EventPageKeyword,
    NetworkIndexPage,
    NetworkMember,
    NetworkPage,
    NetworkPageKeyword,
    ParticipationWay,
)
from news.demo import ensure_news_index
from news.models import NewsIndexPage, NewsPage, NewsPageContact, NewsPageKeyword
from sitewide.pagetree import insert_children

BATCH = 1000
SLUG_PREFIX = "bench-"


def _words(text: str) -> list[str]:
    return text.split()


# Words to build Finnish-looking text from; the stemmer treats them as real Finnish.
WORDS = _words(
    "osallisuus asukas järjestö yhdistys hyvinvointialue kunta palvelu kehittäminen verkosto "
    "yhteistyö kokemus asiantuntija neuvosto nuoret ikäihmiset perhe lapsi vammaisneuvosto "
    "vapaaehtoinen toiminta hanke kysely työpaja tilaisuus kokous päätös valmistelu strategia "
    "ohjelma suunnitelma arviointi tieto koulutus tuki apu ryhmä alue kylä kaupunki maakunta "
    "sote-keskus terveys sosiaalityö mielenterveys päihdetyö kulttuuri liikunta ympäristö "
    "asiakas raati foorumi kumppanuus avustus rahoitus viestintä kieli saame ruotsi suomi "
    "yhdenvertaisuus saavutettavuus luottamus vaikuttaminen kuuleminen palaute osallistuminen "
    "kehittäjä koordinaattori työntekijä puheenjohtaja jäsen edustaja kokemusasiantuntija "
    "omaishoitaja vanhempi opiskelija eläkeläinen maahanmuuttaja kotoutuminen työllisyys "
    "yksinäisyys arki lähipalvelu digituki neuvonta ohjaus kohtaaminen yhteisö talkoot"
)
VERBS = _words(
    "kehittää vahvistaa tukee kokoaa avaa jatkaa arvioi kuulee kutsuu järjestää julkaisee "
    "aloittaa kokoontuu päättää ehdottaa selvittää valmistelee kertoo esittelee"
)

KEYWORD_FIRST = _words(
    "osallisuus järjestö sote hyvinvointi asukas nuoriso vanhus vammais kokemus lähi perhe "
    "mielenterveys päihde kulttuuri liikunta kunta alue asiakas vapaaehtois ympäristö"
)
KEYWORD_SECOND = _words(
    "toiminta verkosto palvelut työ yhteistyö kehittäminen neuvosto hanke foorumi ohjelma "
    "raati tieto koulutus arviointi strategia"
)

REGION_NAMES = [
    ("Rovaniemi", "Lappi"),
    ("Itä-Lappi", "Lappi"),
    ("Tunturi-Lappi", "Lappi"),
    ("Kemi-Tornio", "Lappi"),
    ("Oulun seutu", "Pohjois-Pohjanmaa"),
    ("Koillismaa", "Pohjois-Pohjanmaa"),
    ("Raahen seutu", "Pohjois-Pohjanmaa"),
    ("Kainuu", "Kainuu"),
    ("Tampereen seutu", "Pirkanmaa"),
    ("Turun seutu", "Varsinais-Suomi"),
    ("Helsinki", "Helsinki"),
    ("Kuopion seutu", "Pohjois-Savo"),
]


@dataclass
class Targets:
    news: int
    cards: int
    networks: int
    events: int
    organisations: int

    @classmethod
    def for_scale(cls, scale: int) -> Targets:
        return cls(
            news=scale,
            cards=max(3, scale // 100),
            networks=max(2, scale // 500),
            events=max(3, scale // 50),
            organisations=max(10, scale // 250),
        )


@dataclass
class Report:
    created: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


class Text:
    """Deterministic Finnish-looking sentences."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def words(self, low: int, high: int) -> list[str]:
        return self.rng.choices(WORDS, k=self.rng.randint(low, high))

    def title(self) -> str:
        words = self.words(2, 4)
        words.insert(1, self.rng.choice(VERBS))
        return " ".join(words).capitalize()

    def sentence(self) -> str:
        words = self.words(5, 11)
        words.insert(self.rng.randint(1, 3), self.rng.choice(VERBS))
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences: int = 4) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def _keyword_names() -> list[str]:
    return [f"{first}{second}" for first in KEYWORD_FIRST for second in KEYWORD_SECOND]


def ensure_keywords() -> list[Keyword]:
    """The ~300-keyword vocabulary, created once, with slugs as Keyword.save makes them."""
    from keywords.models import ascii_fold

    existing = {k.name.lower(): k for k in Keyword.objects.all()}
    new = []
    for name in _keyword_names():
        if name.lower() not in existing:
            keyword = Keyword(name=name)
            keyword.slug = keyword.slugify(name)
            keyword.ascii_slug = ascii_fold(keyword.slug)
            new.append(keyword)
            existing[name.lower()] = keyword
    if new:
        Keyword.objects.bulk_create(new)
        _index(Keyword, new)
    return [existing[name.lower()] for name in _keyword_names()]


def ensure_regions_and_organisations(count: int, rng: random.Random) -> list[Organisation]:
    regions = []
    for name, area in REGION_NAMES:
        region, _created = Region.objects.get_or_create(
            slug=f"{SLUG_PREFIX}{name.lower().replace(' ', '-')}",
            defaults={"name": f"{name} (bench)", "area": area},
        )
        regions.append(region)
    have = Organisation.objects.filter(slug__startswith=SLUG_PREFIX).count()
    types = list(Organisation.Type.values)
    Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"Bench-organisaatio {n}",
                slug=f"{SLUG_PREFIX}organisaatio-{n}",
                type=types[n % len(types)],
                region=regions[n % len(regions)],
            )
            for n in range(have, count)
        ]
    )
    return list(Organisation.objects.filter(slug__startswith=SLUG_PREFIX).order_by("pk"))


def _chunks(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _moment(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


ChildRows = dict[str, list]
# Seconds spent per stage of bulk_add_pages, for the fill report.
timings: dict[str, float] = {"pages": 0.0, "revisions": 0.0, "index": 0.0}


def insert_live_pages(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert `pages` (all of one specific model) as live last children of `parent`: the tree
    rows in bulk (`sitewide.pagetree`), no revisions, search index rows or signals (the
    query-count tests use this part alone)."""
    now = timezone.now()
    for page in pages:
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
    return insert_children(parent, pages)


def bulk_add_pages(
    parent: Page,
    pages: list[Page],
    relate: Callable[[Page], ChildRows] | None = None,
    m2m: Callable[[Page], dict[str, list]] | None = None,
) -> list[Page]:
    """Insert live `pages` (all of one specific model) as the last children of `parent`.

    `relate(page)` returns {child relation accessor: [unsaved child objects]} once the page
    has its id; `m2m(page)` returns {ParentalManyToManyField name: [objects]}. Both are set in
    memory before the revision is serialised, so revisions hold them as an edit would.
    """
    if not pages:
        return []
    began = time.monotonic()
    model = type(pages[0])
    insert_live_pages(parent, pages)

    child_rows: dict[type, list] = {}
    through_rows: dict[type, list] = {}
    for page in pages:
        # A new page has no comments; saying so spares a query per page when serialising.
        page.wagtail_admin_comments = []
        for accessor, objs in (relate(page) if relate else {}).items():
            setattr(page, accessor, objs)
            for obj in objs:
                child_rows.setdefault(type(obj), []).append(obj)
        for name, objs in (m2m(page) if m2m else {}).items():
            setattr(page, name, objs)
            through = model._meta.get_field(name).remote_field.through
            source, target = _m2m_columns(through, model)
            through_rows.setdefault(through, []).extend(
                through(**{source: page.pk, target: obj.pk}) for obj in objs
            )
    for rows in (child_rows, through_rows):
        for row_model, objs in rows.items():
            for batch in _chunks(objs, 5000):
                row_model.objects.bulk_create(batch)

    timings["pages"] += time.monotonic() - began
    began = time.monotonic()
    _add_revisions(
        pages,
        content_type=ContentType.objects.get_for_model(model),
        base_content_type=ContentType.objects.get_for_model(Page),
    )
    timings["revisions"] += time.monotonic() - began
    began = time.monotonic()
    _index(model, pages)
    timings["index"] += time.monotonic() - began
    return pages


def _m2m_columns(through, model) -> tuple[str, str]:
    source = target = ""
    for f in through._meta.concrete_fields:
        if f.is_relation:
            if f.related_model is model or issubclass(model, f.related_model):
                source = f.attname
            else:
                target = f.attname
    return source, target


def _add_revisions(objs: list, content_type: ContentType, base_content_type: ContentType) -> None:
    """One revision per object, as `save_revision().publish()` leaves it."""
    if not objs:
        return
    model = type(objs[0])
    for batch in _chunks(objs):
        Revision.objects.bulk_create(
            [
                Revision(
                    content_type=content_type,
                    base_content_type=base_content_type,
                    object_id=str(obj.pk),
                    created_at=getattr(obj, "first_published_at", None) or timezone.now(),
                    content=obj.serializable_data(),
                    object_str=str(obj)[:255],
                )
                for obj in batch
            ]
        )
    revision = Revision.objects.filter(
        base_content_type=base_content_type, object_id=Cast(OuterRef("pk"), CharField())
    ).order_by("-pk")
    model._base_manager.filter(pk__in=[obj.pk for obj in objs]).update(
        latest_revision_id=Subquery(revision.values("pk")[:1]),
        live_revision_id=Subquery(revision.values("pk")[:1]),
    )


def _index(model, objs: list) -> None:
    """Search index rows for `objs`, as the search backend's own `add_items` writes them.

    On PostgreSQL the rows are built by `fast_postgres_add_items`, which writes the same
    tsvectors as the backend but gathers each object's texts once instead of five times and
    writes the SQL directly instead of compiling thousands of expressions; that is 4x faster.
    """
    for backend in get_search_backends(with_auto_update=True):
        index = backend.get_index_for_model(model)
        if index is None:
            continue
        fast = connection.vendor == "postgresql" and type(index).__name__ == "PostgresIndex"
        for batch in _chunks(objs, 500):
            if fast:
                fast_postgres_add_items(index, model, batch)
            else:
                index.add_items(model, batch)


def _texts(indexer, obj) -> list[tuple[object, str, str]]:
    """(field, weight, text) for every searchable value of `obj`, computed once."""
    return [
        prepared
        for search_field in indexer.search_fields
        for prepared in indexer.prepare_field(obj, search_field)
    ]


def _vector_sql(texts: list[tuple[str, str]], config: str | None) -> tuple[str, list]:
    # The same expression as the backend's ObjectIndexer.as_vector once Django compiles it.
    # Config and weight are inlined (checked above and below): fewer placeholders make
    # psycopg's client-side query conversion, the fill's largest Python cost, much cheaper.
    texts = [(text.strip(), weight) for text, weight in texts]
    texts = [(text, weight) for text, weight in texts if text]
    if not texts:
        return "to_tsvector(COALESCE(%s, ''))", [""]
    prefix = f"'{config}'::regconfig, " if config else ""
    parts, params = [], []
    for text, weight in texts:
        if weight not in _WEIGHTS:
            raise ValueError(f"Unexpected search weight {weight!r}")
        parts.append(f"setweight(to_tsvector({prefix}COALESCE(%s, '')), '{weight}')")
        params.append(text)
    return "(" + " || ".join(parts) + ")", params


_WEIGHTS = frozenset("ABCD")
_CONFIG_NAME = re.compile(r"^[a-z_]+$")


def fast_postgres_add_items(index, model, objs: list) -> None:
    from modelsearch.backends.database.postgres.postgres import ObjectIndexer
    from modelsearch.index import AutocompleteField, SearchField
    from wagtail.search.models import IndexEntry

    if not objs or not model.get_search_fields():
        return
    content_type_pk = ContentType.objects.get_for_model(model).pk
    backend = index.backend
    for config in (backend.config, backend.autocomplete_config):
        if config and not _CONFIG_NAME.match(config):
            raise ValueError(f"Unexpected search configuration name {config!r}")
    rows, params = [], []
    for obj in objs:
        indexer = ObjectIndexer(obj, backend)
        texts = _texts(indexer, obj)
        searchable = [(f, w, v) for f, w, v in texts if isinstance(f, SearchField)]
        title = [(v, w) for f, w, v in searchable if f.field_name == "title"]
        body = [(v, w) for f, w, v in searchable if f.field_name != "title"]
        autocomplete = [(v, w) for f, w, v in texts if isinstance(f, AutocompleteField)]
        row_params: list = [content_type_pk, str(obj.pk)]
        sqls = []
        for values, config in (
            (title, backend.config),
            (autocomplete, backend.autocomplete_config),
            (body, backend.config),
        ):
            sql, vector_params = _vector_sql(values, config)
            sqls.append(sql)
            row_params.extend(vector_params)
        row_params.append(" ".join(t for t, _w in ((v.strip(), w) for v, w in title) if t))
        row_params.append(" ".join(t for t, _w in ((v.strip(), w) for v, w in body) if t))
        rows.append(f"(%s, %s, {sqls[0]}, {sqls[1]}, {sqls[2]}, 1.0, %s, %s)")
        params.extend(row_params)
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "
            f"title_norm, title_text, body_text) VALUES {', '.join(rows)} "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            params,
        )
    index._refresh_title_norms()


# What to build ------------------------------------------------------------------------------


def _keyword_rows(through, page, keywords: list[Keyword]) -> list:
    return [through(tag=keyword, content_object=page) for keyword in keywords]


def build_news(
    index: NewsIndexPage,
    count: int,
    start: int,
    rng: random.Random,
    keywords: list[Keyword],
    cards: list[ContactCard],
    networks: list[NetworkPage],
    total: int,
) -> list[NewsPage]:
    text = Text(rng)
    today = timezone.localdate()
    # Items are spread over about eight years, newest with the highest number.
    span_days = 8 * 365
    pages = []
    chosen_keywords: dict[int, list[Keyword]] = {}
    chosen_cards: dict[int, list[ContactCard]] = {}
    for n in range(start, start + count):
        day = today - datetime.timedelta(days=span_days * (total - n) // max(total, 1))
        page = NewsPage(
            title=text.title(),
            slug=f"{SLUG_PREFIX}uutinen-{n}",
            date=day,
            lead=text.paragraph(2)[:590],
            body=[
                {"type": "paragraph", "value": f"<p>{text.paragraph(5)}</p>"},
                {"type": "heading", "value": text.title()},
                {"type": "paragraph", "value": f"<p>{text.paragraph(6)}</p>"},
                {"type": "quote", "value": {"text": text.sentence(), "attribution": ""}},
                {"type": "paragraph", "value": f"<p>{text.paragraph(4)}</p>"},
            ],
            first_published_at=_moment(day),
            network=networks[n % len(networks)] if networks and n % 20 == 0 else None,
        )
        chosen_keywords[n] = rng.sample(keywords, rng.randint(3, 6))
        chosen_cards[n] = [rng.choice(cards)] if cards and n % 5 == 0 else []
        page._bench_n = n
        pages.append(page)

    def relate(page: NewsPage) -> ChildRows:
        n = page._bench_n
        return {
            "keyword_items": _keyword_rows(NewsPageKeyword, page, chosen_keywords[n]),
            "contact_links": [
                NewsPageContact(page=page, card=card, sort_order=i)
                for i, card in enumerate(chosen_cards[n])
            ],
        }

    return bulk_add_pages(index, pages, relate=relate)


def build_networks(
    index: NetworkIndexPage,
    count: int,
    start: int,
    rng: random.Random,
    keywords: list[Keyword],
    cards: list[ContactCard],
    organisations: list[Organisation],
) -> list[NetworkPage]:
    text = Text(rng)
    regions = list(Region.objects.filter(slug__startswith=SLUG_PREFIX))
    today = timezone.localdate()
    pages = []
    for n in range(start, start + count):
        page = NetworkPage(
            title=f"{text.title()} -verkosto",
            slug=f"{SLUG_PREFIX}verkosto-{n}",
            purpose=f"<p>{text.paragraph(4)}</p><h2>Tehtävät</h2><p>{text.paragraph(3)}</p>",
            founded=today - datetime.timedelta(days=30 * (n % 60)),
            activity_period="Toistaiseksi",
            coordinator=cards[n % len(cards)] if cards else None,
            signup_open=True,
            signup_deadline=None,
            first_published_at=_moment(today - datetime.timedelta(days=n)),
        )
        page._bench_keywords = rng.sample(keywords, rng.randint(2, 4))
        page._bench_members = rng.sample(organisations, min(len(organisations), 8))
        page._bench_regions = rng.sample(regions, min(len(regions), 3))
        pages.append(page)

    def relate(page: NetworkPage) -> ChildRows:
        return {
            "keyword_items": _keyword_rows(NetworkPageKeyword, page, page._bench_keywords),
            "members": [
                NetworkMember(page=page, organisation=org, role="Jäsen", sort_order=i)
                for i, org in enumerate(page._bench_members)
            ],
            "participation_ways": [
                ParticipationWay(
                    page=page, kind=ParticipationWay.Kind.OPEN_NETWORK, description=text.sentence()
                )
            ],
        }

    return bulk_add_pages(
        index, pages, relate=relate, m2m=lambda page: {"regions": page._bench_regions}
    )


def build_events(
    index: EventIndexPage,
    count: int,
    start: int,
    rng: random.Random,
    keywords: list[Keyword],
    networks: list[NetworkPage],
) -> list[EventPage]:
    text = Text(rng)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    pages = []
    for n in range(start, start + count):
        # A third upcoming, the rest in the archive.
        begins = now + datetime.timedelta(days=(n % 3 == 0) and (n % 90 + 1) or -(n % 700 + 1))
        page = EventPage(
            title=text.title(),
            slug=f"{SLUG_PREFIX}tapahtuma-{n}",
            start=begins,
            end=begins + datetime.timedelta(hours=2),
            attendance_mode=EventPage.AttendanceMode.ONLINE,
            online_url=f"https://webinaari.example/bench-{n}",
            network=networks[n % len(networks)] if networks else None,
            description=f"<p>{text.paragraph(3)}</p>",
            first_published_at=begins - datetime.timedelta(days=30),
        )
        page._bench_keywords = rng.sample(keywords, rng.randint(1, 3))
        pages.append(page)
    return bulk_add_pages(
        index,
        pages,
        relate=lambda page: {
            "keyword_items": _keyword_rows(EventPageKeyword, page, page._bench_keywords)
        },
    )


def build_cards(
    count: int, start: int, rng: random.Random, keywords, organisations, site: Site
) -> list[ContactCard]:
    if count <= 0:
        return []
    text = Text(rng)
    first_names = _words("Aino Eero Helmi Ilmari Kaisa Lauri Minna Niilo Oona Pekka Riikka Tuomas")
    last_names = _words("Aalto Heikkinen Jokela Korhonen Laine Mäkelä Niemi Rantala Salo Virtanen")
    now = timezone.now()
    cards = []
    for n in range(start, start + count):
        card = ContactCard(
            name=f"{rng.choice(first_names)} {rng.choice(last_names)} {n}",
            job_title=text.title()[:150],
            organisation=organisations[n % len(organisations)],
            email=f"bench{n}@example.fi",
            phone="+358501234567",
            expertise=text.paragraph(2)[:1000],
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        card._bench_keywords = rng.sample(keywords, rng.randint(2, 5))
        cards.append(card)
    for batch in _chunks(cards):
        ContactCard.objects.bulk_create(batch)
    rows = []
    for card in cards:
        card.keyword_items = _keyword_rows(ContactCardKeyword, card, card._bench_keywords)
        rows.extend(card.keyword_items.all())
    ContactCardKeyword.objects.bulk_create(rows, batch_size=5000)
    through = ContactCard.sites.through
    through.objects.bulk_create(
        [through(contactcard_id=card.pk, site_id=site.pk) for card in cards], batch_size=5000
    )
    card_ct = ContentType.objects.get_for_model(ContactCard)
    _add_revisions(cards, content_type=card_ct, base_content_type=card_ct)
    _index(ContactCard, cards)
    return cards


def fill(
    scale: int,
    seed: int = 7,
    log: Callable[[str], None] = print,
    search_index: bool = True,
    site: Site | None = None,
) -> Report:
    """Top `site` (default: the default site) up to `scale` news items and the rest in
    proportion; then rebuild the site search index (search.indexing, its bulk path) unless
    `search_index` is False. Keywords and organisations are the install's, shared by its sites."""
    site = site or Site.objects.filter(is_default_site=True).first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        raise RuntimeError("No home page: run `manage.py setup_site` first.")
    Locale.get_default()
    targets = Targets.for_scale(scale)
    rng = random.Random(seed)
    report = Report()

    def step(name: str, func: Callable[[], int]) -> None:
        began = time.monotonic()
        with transaction.atomic():
            made = func()
        report.created[name] = made
        report.seconds[name] = round(time.monotonic() - began, 1)
        log(f"{name}: {made} created in {report.seconds[name]} s")

    news_index = ensure_news_index(home)
    network_index = ensure_index(home, NetworkIndexPage, "Verkostot", "verkostot", "")
    event_index = ensure_index(home, EventIndexPage, "Tapahtumat", "tapahtumat", "")
    ensure_directory_page(home)

    state: dict[str, list] = {}

    def keywords_and_orgs() -> int:
        before = Keyword.objects.count()
        state["keywords"] = ensure_keywords()
        state["organisations"] = ensure_regions_and_organisations(targets.organisations, rng)
        return Keyword.objects.count() - before

    def cards() -> int:
        site_cards = ContactCard.objects.filter(email__startswith="bench", sites=site)
        have = site_cards.count()
        made = build_cards(
            max(0, targets.cards - have),
            have,
            rng,
            state["keywords"],
            state["organisations"],
            site,
        )
        state["cards"] = list(site_cards)
        return len(made)

    def networks() -> int:
        have = NetworkPage.objects.child_of(network_index).count()
        made = build_networks(
            network_index,
            max(0, targets.networks - have),
            have,
            rng,
            state["keywords"],
            state["cards"],
            state["organisations"],
        )
        state["networks"] = list(NetworkPage.objects.child_of(network_index))
        return len(made)

    def events() -> int:
        have = EventPage.objects.child_of(event_index).count()
        made = build_events(
            event_index,
            max(0, targets.events - have),
            have,
            rng,
            state["keywords"],
            state["networks"],
        )
        return len(made)

    def news() -> int:
        have = NewsPage.objects.child_of(news_index).count()
        made = 0
        # Separate transactions of 5,000 keep memory flat at 100k.
        chunk = 5000
        for start in range(have, targets.news, chunk):
            count = min(chunk, targets.news - start)
            with transaction.atomic():
                made += len(
                    build_news(
                        news_index,
                        count,
                        start,
                        rng,
                        state["keywords"],
                        state["cards"],
                        state["networks"],
                        targets.news,
                    )
                )
            log(f"  news: {start + count}/{targets.news}")
        return made

    step("keywords", keywords_and_orgs)
    step("contact cards", cards)
    step("networks", networks)
    step("events", events)
    began = time.monotonic()
    report.created["news"] = news()
    report.seconds["news"] = round(time.monotonic() - began, 1)
    log(f"news: {report.created['news']} created in {report.seconds['news']} s")
    if search_index:
        from search.indexing import rebuild

        began = time.monotonic()
        report.created["search index"] = sum(rebuild().values())
        report.seconds["search index"] = round(time.monotonic() - began, 1)
        log(
            f"search index: {report.created['search index']} items in "
            f"{report.seconds['search index']} s"
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return report


def bench_site_hostname(number: int) -> str:
    """The address of the several-sites bench's site `number` (1-based): `*.localhost` names
    resolve to loopback without /etc/hosts, as for the demo's second site."""
    return f"alue{number:02d}.localhost"


def fill_sites(
    count: int, per_site: int, seed: int = 7, log: Callable[[str], None] = print
) -> list[Report]:
    """`count` sites of `per_site` news items each (and the rest in proportion) in one install,
    the first the default site; the site search index is left to `rebuild_search_index`."""
    from home.site_setup import setup_site

    reports = []
    for number in range(1, count + 1):
        site = setup_site(
            bench_site_hostname(number),
            80,
            name=f"Bench-alue {number}",
            home_title=f"Alue {number}",
            home_slug=f"alue-{number:02d}",
            default=number == 1,
        )
        log(f"site {site.hostname}:")
        reports.append(fill(per_site, seed=seed + number, log=log, search_index=False, site=site))
    return reports
