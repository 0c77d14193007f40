"""Search in Sámi: a Sámi text is found by its words typed with or without diacritics and in
any case, on the Sámi pages and from the Finnish ones (the analyser folds, it does not stem)."""

import pytest
from bs4 import BeautifulSoup

from search import analysis
from search.models import SearchDocument
from sitewide.models import SiteLanguages
from sitewide.translation import ensure_translation
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

NORTHERN = "Sámediggi čoahkkana Anáris ja giellaŧ ovddiduvvojit."
SKOLT = "Sääʹmǩiõll lij ǩiõl, koon ǥuåstlam õhttsažkååʹdd ǯiõǥǥ."


@pytest.fixture
def sami_news(home, news_index):
    SiteLanguages.objects.create(site=home.get_site(), languages=["fi", "se", "sms"])
    article = NewsPageFactory(parent=news_index, title="Uutinen", lead="Suomeksi.")
    for code, text in (("se", NORTHERN), ("sms", SKOLT)):
        ensure_translation(home, code)
        ensure_translation(news_index, code)
        ensure_translation(article, code, title=f"Ođas {code}", lead=text)
    return article


def titles(response) -> list[str]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [hit.get_text(strip=True) for hit in soup.select(".search-hit__title")]


def test_sami_pages_are_indexed_in_their_own_language(sami_news):
    languages = set(SearchDocument.objects.values_list("language", flat=True))
    assert {"fi", "se", "sms"} <= languages


@pytest.mark.parametrize("query", ["Sámediggi", "samediggi", "SAMEDIGGI", "čoahkkana", "coahkkana"])
def test_a_northern_sami_word_is_found_with_and_without_diacritics(client, sami_news, query):
    assert "Ođas se" in titles(client.get("/se/haku/", {"q": query}))


@pytest.mark.parametrize("query", ["giellaŧ", "giellat", "Anáris anaris"])
def test_letters_without_a_decomposition_fold_too(client, sami_news, query):
    assert "Ođas se" in titles(client.get("/se/haku/", {"q": query}))


@pytest.mark.parametrize(
    "query",
    ["sääʹmǩiõll", "saamkioll", "ǯiõǥǥ", "ziogg", "õhttsažkååʹdd", "sää'mǩiõll", "sää’mǩiõll"],
)
def test_a_skolt_sami_word_is_found_with_its_prime_and_letters_or_without(client, sami_news, query):
    assert "Ođas sms" in titles(client.get("/sms/haku/", {"q": query}))


def test_a_sami_text_is_found_from_the_finnish_pages_too(client, sami_news):
    # The Finnish query analysis knows no Sámi, but the folded and exact forms are both indexed.
    assert "Ođas se" in titles(client.get("/haku/", {"q": "samediggi"}))
    assert "Ođas se" in titles(client.get("/haku/", {"q": "Sámediggi"}))


def test_a_word_that_is_not_in_the_text_finds_nothing(client, sami_news):
    assert titles(client.get("/se/haku/", {"q": "samediggi boazu"})) == []


def test_folding_keeps_every_term_one_token_for_both_databases():
    words = analysis.words(NORTHERN + " " + SKOLT)
    terms = {term for word in words for term in analysis.index_terms(word, "sms")}
    assert "saamkioll" in terms and "sääʹmǩiõll" in terms
    assert all(analysis.fold(term) == term for term in terms)


def test_sami_fold_folds_case_diacritics_and_the_sami_letters():
    assert analysis.sami_fold("Čázádat") == "cazadat"
    assert analysis.sami_fold("đuolbmi") == "duolbmi"
    assert analysis.sami_fold("anarâškielâ") == "anaraskiela"
    assert analysis.sami_fold("sääʹmǩiõll") == "saamkioll"
    assert analysis.sami_fold("ǯiõǥǥ") == "ziogg"
