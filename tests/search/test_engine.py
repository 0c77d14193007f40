"""The engine's bounded ranking and counting (search.engine): tiers in order, each newest first,
and counts capped at COUNT_CAP, the same on SQLite and PostgreSQL."""

import datetime

import pytest
from bs4 import BeautifulSoup

from search import analysis, engine, queries
from search.models import SearchDocument
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _voikko_is_installed():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")


@pytest.fixture
def make_rows(news_index):
    """Rows shaped as the indexer writes them (terms from a real news item's document)."""
    template = SearchDocument.objects.get(
        kind="news", object_id=NewsPageFactory(parent=news_index, title="Pohja").pk
    )
    # On the template's site, as the indexer writes it (searches are per site).
    site_terms = {term for term in template.head_terms.split() if term.startswith("site_")}
    assert site_terms
    SearchDocument.objects.all().delete()
    fields = [f.name for f in SearchDocument._meta.concrete_fields if f.name != "id"]
    made = {"n": 0}

    def make(count=1, *, title="", body="", kind="news", language="fi", date=None, sites=None):
        """`sites`: the ids of the sites the rows are shown on (default: the template's)."""
        on_sites = {engine.site_term(pk) for pk in sites} if sites is not None else site_terms
        head = analysis.text_terms(title, language) | on_sites
        terms = head | analysis.text_terms(body, language) | {analysis.kind_term(kind)}
        rows = []
        for _ in range(count):
            made["n"] += 1
            values = {name: getattr(template, name) for name in fields}
            values.update(
                object_id=100_000 + made["n"],
                kind=kind,
                language=language,
                title=f"{title or body} {made['n']}",
                date=date,
                keyword_ids="",
                head_terms=" ".join(sorted(head)),
                terms=" ".join(sorted(terms)),
            )
            if sites is not None:
                values["site_id"] = sites[0] if len(sites) == 1 else None
            rows.append(SearchDocument(**values))
        return [row.pk for row in SearchDocument.objects.bulk_create(rows)]

    return make


def day(n: int) -> datetime.date:
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=n)


def groups(text: str):
    return queries.query_term_groups(text, analysis.FINNISH)


def test_title_tier_then_body_tier_then_other_languages_each_newest_first(make_rows):
    body_new = make_rows(body="Puhuttiin osallisuudesta.", date=day(30))
    title_old = make_rows(title="Osallisuus kasvaa", date=day(1))
    other_language_title = make_rows(title="Osallisuus", language="sv", date=day(40))
    body_old = make_rows(body="Osallisuutta lisää.", date=day(2))
    title_new = make_rows(title="Osallisuuden päivä", date=day(20))
    undated_title = make_rows(title="Osallisuus", kind="expert")
    make_rows(body="Ei osumaa tässä.", date=day(50))

    matches = engine.search(groups("osallisuus"), language="fi")

    assert matches.ids == (
        title_new + title_old + undated_title + body_new + body_old + other_language_title
    )
    assert matches.total == 6 and not matches.capped


def test_a_page_deep_in_the_results_continues_from_the_title_tier_into_the_body_tier(
    client, make_rows
):
    make_rows(12, title="Osallisuus", date=day(10))
    make_rows(5, body="Osallisuudesta puhuttiin.", date=day(90))
    response = client.get("/haku/", {"q": "osallisuus", "page": 2})
    soup = BeautifulSoup(response.content, "html.parser")
    shown = [h.get_text(strip=True) for h in soup.select(".search-hit__title")]
    # Same date: the later row first, so page 2 ends the title tier with the first two.
    assert shown[:2] == ["Osallisuus 2", "Osallisuus 1"]
    assert [title.split()[0] for title in shown[2:]] == ["Osallisuudesta"] * 5


def test_counts_over_the_cap_are_shown_as_over_it(client, make_rows):
    make_rows(engine.COUNT_CAP + 5, title="Osallisuus", date=day(1))
    make_rows(3, body="Osallisuus", kind="event", date=day(2))

    matches = engine.search(groups("osallisuus"))
    assert matches.kind_counts == {"news": engine.COUNT_CAP + 1, "event": 3}
    assert matches.capped and len(matches.ids) == engine.FACET_SAMPLE

    soup = BeautifulSoup(client.get("/haku/", {"q": "osallisuus"}).content, "html.parser")
    text = " ".join(soup.get_text(" ", strip=True).replace("\xa0", " ").split())
    assert "Yli 1 000 tulosta" in text
    kinds = [
        li.get_text(" ", strip=True).replace("\xa0", " ") for li in soup.select(".search-kinds li")
    ]
    assert kinds == ["Kaikki (yli 1 000)", "Uutiset (yli 1 000)", "Tapahtumat (3)"]
    events = client.get("/haku/", {"q": "osallisuus", "kind": "event"})
    assert "3 tulosta" in events.content.decode()
    # The best CANDIDATES can be paged through, no further.
    last = engine.CANDIDATES // 10
    assert client.get("/haku/", {"q": "osallisuus", "page": last}).status_code == 200
    assert client.get("/haku/", {"q": "osallisuus", "page": last + 1}).status_code == 404


def test_a_count_at_the_cap_is_exact(client, make_rows):
    make_rows(engine.COUNT_CAP, title="Osallisuus", date=day(1))
    matches = engine.search(groups("osallisuus"))
    assert matches.total == engine.COUNT_CAP and not matches.capped
    assert (
        f"{engine.COUNT_CAP} tulosta" in client.get("/haku/", {"q": "osallisuus"}).content.decode()
    )


def test_a_sites_ranking_is_the_every_site_ranking_of_its_own_rows_cards_of_several_merged(
    make_rows,
):
    # Site 1's own rows are walked through their site's index, rows of several sites (a
    # card) by their site terms: the merge must keep the one order of every tier.
    ours = [
        *make_rows(title="Osallisuus", date=day(5), sites=[1]),
        *make_rows(title="Osallisuus", kind="expert", sites=[1, 2]),
        *make_rows(title="Osallisuus", date=day(9), sites=[1, 2]),
        *make_rows(body="Osallisuutta.", date=day(7), sites=[1]),
        *make_rows(body="Osallisuutta.", kind="expert", sites=[1, 2]),
        *make_rows(title="Osallisuus", language="sv", date=day(3), sites=[1]),
    ]
    theirs = [
        *make_rows(title="Osallisuus", date=day(6), sites=[2]),
        *make_rows(body="Osallisuutta.", date=day(8), sites=[2]),
    ]
    everywhere = engine.search(groups("osallisuus"), language="fi").ids
    assert set(everywhere) == set(ours + theirs)

    on_site = engine.search(groups("osallisuus"), language="fi", site_id=1)

    assert on_site.ids == [pk for pk in everywhere if pk in ours]
    assert on_site.total == len(ours)
    assert engine.search(groups("osallisuus"), language="fi", site_id=2).ids == [
        pk for pk in everywhere if pk not in ours or pk in ours[1:3] + ours[4:5]
    ]


def test_suggestions_on_a_site_are_its_own_and_its_shared_rows_newest_first(make_rows):
    own_old = make_rows(title="Osallisuusverkosto", date=day(1), sites=[1])
    shared_new = make_rows(title="Osallisuustyö", date=day(9), sites=[1, 2])
    shared_card = make_rows(title="Osallisuuskoordinaattori", kind="expert", sites=[1, 2])
    own_new = make_rows(title="Osallisuusohjelma", date=day(5), sites=[1])
    make_rows(title="Osallisuuspäivä", date=day(7), sites=[2])

    assert engine.head_prefix_matches([], "osallisuu", 10, site_id=1) == (
        shared_new + own_new + own_old + shared_card
    )
    assert len(engine.head_prefix_matches([], "osallisuu", 10)) == 5
