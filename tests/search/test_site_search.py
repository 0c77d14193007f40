"""One search over the whole site: every kind, all words, facets, snippets, suggestions,
"did you mean", the index following edits, and a query count that does not grow with N."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from keywords.models import Keyword, KeywordSynonym
from pages.models import AccessibilityStatementPage
from search import analysis
from search.models import SearchDocument
from tests.factories import (
    ContactCardFactory,
    NewsPageFactory,
    OrganisationFactory,
    RegionFactory,
)
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db


def hits(response) -> list[tuple[str, str]]:
    """(kind label, title) of every hit, in order."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            hit.select_one(".search-hit__kind").get_text(" ", strip=True).split(" ·")[0],
            hit.select_one(".search-hit__title").get_text(strip=True),
        )
        for hit in soup.select(".search-hit")
    ]


def titles(response) -> list[str]:
    return [title for _kind, title in hits(response)]


@pytest.fixture(autouse=True)
def _voikko_is_installed():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")


@pytest.fixture
def site(home, news_index):
    network_index = NetworkIndexPageFactory(parent=home)
    event_index = EventIndexPageFactory(parent=home)
    card = ContactCardFactory(
        name="Aino Koskela",
        job_title="Järjestökoordinaattori",
        organisation=OrganisationFactory(name="Lapin Kylät ry"),
        email="aino.koskela@demo.example",
        expertise="Kyläyhdistysten toiminta ja vapaaehtoistyö.",
        keywords=["kylätoiminta"],
    )
    network = NetworkPageFactory(
        parent=network_index,
        title="Kokemustoimijoiden verkosto",
        purpose="<p>Verkosto kokoaa kokemusasiantuntijat yhteen.</p>",
        keywords=["osallisuus"],
    )
    event = EventPageFactory(
        parent=event_index,
        title="Osallisuusfoorumi 2026",
        description="<p>Foorumissa keskustellaan lähipalveluista.</p>",
        keywords=["osallisuus"],
    )
    lapland = NewsPageFactory(
        parent=news_index,
        title="Osallisuus vahvistuu",
        lead="Kunnat kuulevat asukkaita.",
        keywords=["Lappi"],
    )
    other = NewsPageFactory(
        parent=news_index,
        title="Nuorten kesä",
        lead="Nuoret kokoontuivat leirille ja puhuivat osallisuudesta.",
        keywords=["nuoret", "osallisuus"],
    )
    return {"card": card, "network": network, "event": event, "lapland": lapland, "other": other}


def test_finds_an_expert_a_network_an_event_and_a_plain_page_by_name(client, site):
    assert hits(client.get("/haku/", {"q": "Aino Koskela"})) == [("Asiantuntijat", "Aino Koskela")]
    assert hits(client.get("/haku/", {"q": "Kokemustoimijoiden"})) == [
        ("Verkostot", "Kokemustoimijoiden verkosto")
    ]
    assert hits(client.get("/haku/", {"q": "foorumi"})) == [
        ("Tapahtumat", "Osallisuusfoorumi 2026")
    ]
    AccessibilityStatementPage.objects.get().save_revision().publish()
    assert ("Sivut", "Saavutettavuusseloste") in hits(
        client.get("/haku/", {"q": "saavutettavuusseloste"})
    )


def test_an_expert_is_found_by_title_organisation_expertise_and_keyword_never_email(client, site):
    for query in ("järjestökoordinaattori", "Lapin kylät", "vapaaehtoistyö", "kylätoiminta"):
        assert titles(client.get("/haku/", {"q": query})) == ["Aino Koskela"], query
    assert titles(client.get("/haku/", {"q": "demo.example"})) == []


def test_an_experts_title_line_is_marked_and_not_repeated_in_the_snippet(client, site):
    soup = BeautifulSoup(
        client.get("/haku/", {"q": "järjestökoordinaattori"}).content, "html.parser"
    )
    (hit,) = soup.select(".search-hit")
    summary = hit.select_one(".search-hit__summary")
    assert [mark.get_text() for mark in summary.select("mark")] == ["Järjestökoordinaattori"]
    snippet = hit.select_one(".search-hit__snippet").get_text()
    assert snippet == "Kyläyhdistysten toiminta ja vapaaehtoistyö."


def test_all_words_must_match_in_any_field_keyword_names_included(client, site):
    assert titles(client.get("/haku/", {"q": "osallisuus lappi"})) == ["Osallisuus vahvistuu"]
    assert titles(client.get("/haku/", {"q": "osallisuus nuoret leiri"})) == ["Nuorten kesä"]
    assert titles(client.get("/haku/", {"q": "lappi leiri"})) == []


def test_a_keywords_alternative_name_finds_what_carries_the_keyword(client, site):
    assert titles(client.get("/haku/", {"q": "napapiiri"})) == []
    KeywordSynonym.objects.create(name="Napapiiri", keyword=Keyword.objects.get(name="Lappi"))
    assert titles(client.get("/haku/", {"q": "napapiiri"})) == ["Osallisuus vahvistuu"]
    assert titles(client.get("/haku/", {"q": "napapiiri osallisuus"})) == ["Osallisuus vahvistuu"]


def test_title_and_keyword_matches_rank_first_then_newer(client, site):
    # Both carry "osallisuus"; the title (or keyword) match comes before the mention in a lead.
    found = titles(client.get("/haku/", {"q": "osallisuus", "kind": "news"}))
    assert found == ["Nuorten kesä", "Osallisuus vahvistuu"] or found[0] == "Osallisuus vahvistuu"
    weak = NewsPageFactory(
        parent=site["lapland"].get_parent(),
        title="Kesän kuulumiset",
        lead="Lopuksi puhuttiin osallisuudesta.",
    )
    found = titles(client.get("/haku/", {"q": "osallisuus", "kind": "news"}))
    assert found[-1] == weak.title


def test_kind_and_keyword_facets_show_counts_and_narrow(client, site):
    response = client.get("/haku/", {"q": "osallisuus"})
    soup = BeautifulSoup(response.content, "html.parser")
    kinds = [li.get_text(" ", strip=True) for li in soup.select(".search-kinds li")]
    # The accessibility statement mentions the "Osallisuus-sivusto" too.
    assert kinds == ["Kaikki (5)", "Uutiset (2)", "Verkostot (1)", "Tapahtumat (1)", "Sivut (1)"]
    refine = {a.get_text(" ", strip=True) for a in soup.select(".refine a")}
    assert {"Lappi (1)", "nuoret (1)"} <= refine
    narrowed = client.get("/haku/", {"q": "osallisuus", "kind": "event"})
    assert hits(narrowed) == [("Tapahtumat", "Osallisuusfoorumi 2026")]
    assert titles(client.get("/haku/", {"q": "osallisuus", "tag": "lappi"})) == [
        "Osallisuus vahvistuu"
    ]
    assert client.get("/haku/", {"q": "osallisuus", "kind": "<b>"}).status_code == 200


def test_snippet_marks_an_inflected_form_and_escapes_markup(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Perheet",
        lead="Ajankohtaista.",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Kuulimme &lt;script&gt;alert(1)&lt;/script&gt; lasten ja heidän "
                "vanhempiensa toiveita.</p>",
            }
        ],
    )
    body = client.get("/haku/", {"q": "lapsi"}).content.decode()
    soup = BeautifulSoup(body, "html.parser")
    snippet = soup.select_one(".search-hit__snippet")
    assert [mark.get_text() for mark in snippet.select("mark")] == ["lasten"]
    assert "<script>" not in body
    assert "&lt;script&gt;alert(1)" in str(snippet)


def test_did_you_mean_offers_voikkos_spelling_as_a_link(client, news_index):
    NewsPageFactory(parent=news_index, title="Järjestö kutsuu", lead="Tervetuloa.")
    soup = BeautifulSoup(client.get("/haku/", {"q": "järjestoö"}).content, "html.parser")
    link = soup.select_one(".did-you-mean a")
    assert link.get_text() == "järjestö"
    assert titles(client.get(link["href"])) == ["Järjestö kutsuu"]
    found = BeautifulSoup(client.get("/haku/", {"q": "järjestö"}).content, "html.parser")
    assert found.select_one(".did-you-mean") is None


def test_did_you_mean_skips_a_spelling_that_would_find_nothing(client, news_index):
    NewsPageFactory(parent=news_index, title="Osallisuus kasvaa", lead="Tervetuloa.")
    # Voikko's first guess for "osalisuus" is "osaisuus", which nothing on the site carries.
    assert analysis.spelling_suggestions("osalisuus")[:2] == ["osaisuus", "osallisuus"]
    soup = BeautifulSoup(client.get("/haku/", {"q": "osalisuus"}).content, "html.parser")
    assert soup.select_one(".did-you-mean a").get_text() == "osallisuus"
    nothing = BeautifulSoup(client.get("/haku/", {"q": "kvxzqw"}).content, "html.parser")
    assert nothing.select_one(".did-you-mean") is None


def test_suggestions_are_small_cacheable_json_of_keywords_and_titles(client, site):
    response = client.get("/haku/ehdotukset/", {"q": "osall"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    from sitewide.frontcache import request_scope, site_key

    assert site_key("news", request_scope(response.wsgi_request)) in response["xkey"].split()
    labels = [item["label"] for item in response.json()["suggestions"]]
    assert labels[0] == "osallisuus"  # the keyword first
    assert {"Osallisuus vahvistuu", "Osallisuusfoorumi 2026"} <= set(labels)
    assert client.get("/haku/ehdotukset/", {"q": "a"}).json()["suggestions"] == []
    assert client.get("/haku/ehdotukset/", {"q": "x" * 5000}).status_code == 200
    two_words = client.get("/haku/ehdotukset/", {"q": "aino kos"}).json()["suggestions"]
    assert [item["label"] for item in two_words] == ["Aino Koskela"]


def test_suggestions_are_rate_limited_per_client_with_json_in_the_visitors_language(
    client, news_index, settings
):
    NewsPageFactory(parent=news_index, title="Osallisuus vahvistuu")
    settings.SUGGESTIONS_RATE_LIMIT = 3

    def suggest(prefix: str = "", address: str = "198.51.100.7"):
        return client.get(f"{prefix}/haku/ehdotukset/", {"q": "osall"}, REMOTE_ADDR=address)

    allowed = [suggest() for _ in range(3)]
    assert [response.status_code for response in allowed] == [200, 200, 200]
    assert allowed[0].json()["suggestions"]
    refused = suggest()
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert int(refused["Retry-After"]) == settings.SUGGESTIONS_RATE_WINDOW_SECONDS
    # The combobox reads `suggestions` (none), a script or person the message.
    assert refused.json()["suggestions"] == []
    assert refused.json()["error"] == "Liian monta yritystä"
    assert "Odota muutama minuutti" in refused.json()["detail"]
    assert "xkey" not in refused  # never kept by the front cache
    english = suggest("/en").json()
    assert (english["error"], english["suggestions"]) == ("Too many attempts", [])
    assert suggest("/sv").json()["error"] == "För många försök"
    # Another client is answered; the same client's searches have their own limit.
    assert suggest(address="198.51.100.8").status_code == 200
    assert client.get("/haku/", {"q": "osall"}, REMOTE_ADDR="198.51.100.7").status_code == 200


def test_index_follows_publish_edit_unpublish_restriction_and_delete(client, site):
    page = site["other"]
    page.title = "Nuorten syksy"
    page.save_revision().publish()
    assert titles(client.get("/haku/", {"q": "syksy"})) == ["Nuorten syksy"]
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert titles(client.get("/haku/", {"q": "syksy"})) == []
    restriction.delete()
    assert titles(client.get("/haku/", {"q": "syksy"})) == ["Nuorten syksy"]
    page.unpublish()
    assert titles(client.get("/haku/", {"q": "syksy"})) == []
    page.save_revision().publish()
    page.delete()
    assert titles(client.get("/haku/", {"q": "syksy"})) == []
    assert not SearchDocument.objects.filter(object_id=page.pk, kind="news").exists()

    card = site["card"]
    card.job_title = "Kyläasiamies"
    card.save_revision().publish()
    assert titles(client.get("/haku/", {"q": "kyläasiamies"})) == ["Aino Koskela"]
    card.unpublish()
    assert titles(client.get("/haku/", {"q": "Koskela"})) == []
    card.save_revision().publish()
    card.delete()
    assert titles(client.get("/haku/", {"q": "Koskela"})) == []


def test_renaming_a_keyword_reindexes_what_carries_it(client, site):
    from keywords.models import Keyword

    keyword = Keyword.objects.get(name="Lappi")
    keyword.name = "Lapin maakunta"
    keyword.save()
    assert titles(client.get("/haku/", {"q": "maakunta"})) == ["Osallisuus vahvistuu"]


def test_renaming_or_deleting_an_organisation_reindexes_its_cards(client, site):
    organisation = site["card"].organisation
    assert titles(client.get("/haku/", {"q": "Lapin kylät"})) == ["Aino Koskela"]
    organisation.name = "Tunturikylät ry"
    organisation.save()
    assert titles(client.get("/haku/", {"q": "Lapin kylät"})) == []
    assert titles(client.get("/haku/", {"q": "tunturikylät"})) == ["Aino Koskela"]
    organisation.delete()
    assert titles(client.get("/haku/", {"q": "tunturikylät"})) == []
    assert titles(client.get("/haku/", {"q": "Koskela"})) == ["Aino Koskela"]


def test_renaming_or_deleting_a_region_reindexes_its_networks(client, site):
    network = site["network"]
    network.regions = [RegionFactory(name="Itä-Lappi")]
    network.save_revision().publish()
    assert titles(client.get("/haku/", {"q": "Itä-Lappi"})) == ["Kokemustoimijoiden verkosto"]
    region = network.regions.get()
    region.name = "Tunturi-Lappi"
    region.save()
    assert titles(client.get("/haku/", {"q": "Itä-Lappi"})) == []
    assert titles(client.get("/haku/", {"q": "Tunturi-Lappi"})) == ["Kokemustoimijoiden verkosto"]
    region.delete()
    assert titles(client.get("/haku/", {"q": "Tunturi-Lappi"})) == []
    assert titles(client.get("/haku/", {"q": "Kokemustoimijoiden"})) == [
        "Kokemustoimijoiden verkosto"
    ]


def test_rebuild_command_indexes_everything_public(site, capsys):
    from django.core.management import call_command

    SearchDocument.objects.all().delete()
    call_command("rebuild_search_index")
    assert "Indexed" in capsys.readouterr().out
    kinds = sorted(SearchDocument.objects.values_list("kind", flat=True))
    assert kinds.count("news") == 2 and kinds.count("expert") == 1
    assert {"network", "event", "page"} <= set(kinds)


def test_the_pages_language_comes_first(client, site):
    SearchDocument.objects.filter(object_id=site["other"].pk).update(language="sv")
    assert titles(client.get("/haku/", {"q": "osallisuus", "kind": "news"}))[0] != "Nuorten kesä"
    assert titles(client.get("/sv/haku/", {"q": "osallisuus", "kind": "news"}))[0] == (
        "Nuorten kesä"
    )


def test_a_long_query_of_compounds_answers_with_a_note(client, site):
    query = " ".join(["osallisuusverkostojen sote-palveluiden vedenjakelun"] * 400)[:10_000]
    response = client.get("/haku/", {"q": query})
    assert response.status_code == 200
    assert "Hakusana oli liian pitkä" in response.content.decode()


@pytest.mark.parametrize("items", [10, 1000])
def test_query_count_does_not_grow_with_the_index(
    client, news_index, items, django_assert_max_num_queries
):
    page = NewsPageFactory(parent=news_index, title="Osallisuus", keywords=["a", "b", "c"])
    template = SearchDocument.objects.get(kind="news", object_id=page.pk)
    SearchDocument.objects.bulk_create(
        [
            SearchDocument(
                **{
                    f.name: getattr(template, f.name)
                    for f in SearchDocument._meta.concrete_fields
                    if f.name not in ("id", "object_id")
                },
                object_id=10_000 + n,
            )
            for n in range(items - 1)
        ]
    )
    # Warm, as the other query-count tests: the site, its sections and identity are cached.
    client.get("/haku/", {"q": "osallisuus", "tag": "a"})
    with django_assert_max_num_queries(12):
        response = client.get("/haku/", {"q": "osallisuus", "tag": "a"})
    assert response.status_code == 200
    assert f"{items} tulosta" in response.content.decode()
