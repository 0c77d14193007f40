import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def result_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".search-hit__title")]


@pytest.fixture
def articles(news_index):
    return {
        "network": NewsPageFactory(
            parent=news_index,
            title="Lapin osallisuusverkosto jatkaa",
            lead="Verkosto kokoontui kuusi kertaa etänä.",
            keywords=["osallisuus", "Lappi"],
        ),
        "ngo": NewsPageFactory(
            parent=news_index,
            title="Järjestöt mukana kehittämisessä",
            lead="Järjestöt tuovat asukkaiden äänen esiin.",
            keywords=["järjestöt", "osallisuus"],
        ),
        "youth": NewsPageFactory(
            parent=news_index,
            title="Nuorisovaltuustot koolla",
            lead="Nuoret keskustelivat palveluista.",
            keywords=["nuoret"],
        ),
    }


def test_search_form_is_a_get_search_landmark_with_q(client, home):
    soup = BeautifulSoup(client.get("/haku/").content, "html.parser")
    form = soup.find("main").find("form", attrs={"role": "search"})
    assert form["method"] == "get"
    assert form.find("input", attrs={"name": "q"})


def test_empty_search_shows_form_and_keyword_index_not_an_error(client, articles):
    response = client.get("/haku/", {"q": ""})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert {a.get_text() for a in soup.select(".keyword-index a")} == {
        "osallisuus",
        "Lappi",
        "järjestöt",
        "nuoret",
    }


def test_free_text_finds_words_in_title_and_lead(client, articles):
    assert result_titles(client.get("/haku/", {"q": "kuusi kertaa"})) == [
        "Lapin osallisuusverkosto jatkaa"
    ]


def test_free_text_finds_keywords(client, articles):
    assert result_titles(client.get("/haku/", {"q": "nuoret"})) == ["Nuorisovaltuustot koolla"]


def test_a_word_inside_a_compound_is_found(client, articles):
    assert "Lapin osallisuusverkosto jatkaa" in result_titles(
        client.get("/haku/", {"q": "verkosto"})
    )


def test_keyword_filters_all_must_match_and_work_without_a_query(client, articles):
    both = client.get("/haku/", {"tag": ["osallisuus", "järjestöt"]})
    assert result_titles(both) == ["Järjestöt mukana kehittämisessä"]
    one = client.get("/haku/?tag=osallisuus")
    assert sorted(result_titles(one)) == [
        "Järjestöt mukana kehittämisessä",
        "Lapin osallisuusverkosto jatkaa",
    ]


def test_query_and_keyword_filter_combine(client, articles):
    response = client.get("/haku/", {"q": "asukkaiden", "tag": "osallisuus"})
    assert result_titles(response) == ["Järjestöt mukana kehittämisessä"]
    response = client.get("/haku/", {"q": "asukkaiden", "tag": "nuoret"})
    assert result_titles(response) == []


def test_folded_keyword_filter_matches_and_unknown_filter_is_explained(client, articles):
    assert result_titles(client.get("/haku/", {"tag": "jarjestot"})) == [
        "Järjestöt mukana kehittämisessä"
    ]
    response = client.get("/haku/", {"tag": "tuntematon"})
    assert response.status_code == 200
    assert "Asiasanaa ”tuntematon” ei löytynyt." in response.content.decode()
    assert result_titles(response) == []


def test_results_are_paginated_and_keep_the_query(client, news_index):
    for n in range(13):
        NewsPageFactory(parent=news_index, title=f"Webinaari {n}", keywords=["webinaari"])
    first = client.get("/haku/", {"q": "webinaari"})
    assert len(result_titles(first)) == 10
    assert "q=webinaari&amp;page=2" in first.content.decode()
    assert len(result_titles(client.get("/haku/", {"q": "webinaari", "page": 2}))) == 3


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "verkosto\x00; DROP TABLE wagtailcore_page; --",
        "' OR 1=1 --",
        "\ud800" if False else "𝔳𝔢𝔯𝔨𝔬𝔰𝔱𝔬 \u202e\u200b",
        "%",
        "\\",
        '"',
        "&&& ||| !!! ::: *",
    ],
)
def test_odd_queries_answer_without_error(client, articles, query):
    response = client.get("/haku/", {"q": query})
    assert response.status_code == 200


def test_markup_in_the_query_is_escaped(client, articles):
    response = client.get("/haku/", {"q": "<script>alert(1)</script>", "tag": "<b>x</b>"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in body
    assert "<b>x</b>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_over_long_query_is_cut_with_a_note(client, articles):
    response = client.get("/haku/", {"q": "verkosto " * 100})
    assert response.status_code == 200
    assert "Hakusana oli liian pitkä" in response.content.decode()


def test_repeated_parameters_use_the_last_query_and_every_keyword(client, articles):
    response = client.get("/haku/?q=zzz&q=asukkaiden&tag=osallisuus&tag=osallisuus")
    assert result_titles(response) == ["Järjestöt mukana kehittämisessä"]


def test_malformed_percent_encoding_in_query_string(client, articles):
    response = client.get("/haku/?q=%ff%fe%00&tag=%e4&page=1")
    assert response.status_code == 200


def test_drafts_are_never_search_results(client, news_index):
    NewsPageFactory(parent=news_index, title="Salainen luonnos", live=False, keywords=["x"])
    assert result_titles(client.get("/haku/", {"q": "salainen"})) == []
    assert result_titles(client.get("/haku/", {"tag": "x"})) == []
