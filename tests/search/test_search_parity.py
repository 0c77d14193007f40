"""SQLite and PostgreSQL find the same things for the same Finnish queries (issue 22, "Also").

The suite runs on both databases (CI runs it twice), against one expectation: a term that the
analysis writes into the index must mean the same to PostgreSQL's tsvector (which keeps it
whole) and to SQLite's FTS5 tokenizer (which splits it at anything but letters and digits).
Voikko's WORDBASES once gave terms such as `valmistella)u` and `hyvin=vointi`: SQLite found
"valmistelee" and "hyvin" in texts that only say "valmisteluvaiheesta" and "hyvinvointialueiden",
and PostgreSQL did not find "elo" in "elokuussa" (docs/search.md, "Same hits on both databases").
"""

import re

import pytest
from bs4 import BeautifulSoup

from keywords.models import Keyword, KeywordSynonym
from news.demo_data import NEWS
from search import analysis, engine, queries
from search.models import Kind, SearchDocument
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

# Sentences from the demo news, one article each (title: sentence).
CORPUS = {
    "Valmisteluvaihe": "Osallisuustyö siirtyi valmisteluvaiheesta arkeen.",
    "Nuorisovaltuusto": (
        "Valtuusto valmistelee aiheesta kyselyn. Nuoret kuulivat, miten hyvinvointialueella "
        "päätöksiä valmistellaan."
    ),
    "Yhteistyö": "Hyvinvointialueiden yhteistyö tiivistyy.",
    "Vauhtiin": "Vaikuttamistoimielimet ovat päässeet hyvin vauhtiin.",
    "Kesän kokous": "Verkosto kokoontuu elokuussa.",
    "Ohjelma": "Ohjelmaan liitetään toimeenpanosuunnitelma.",
    "Ryhmät": "Vertaistukiryhmistä saa apua.",
    "Valtuutetut": "Läsnäolo-oikeuden laajentamista ehdotettiin.",
    "Vastaanotto": "Vastaanottohuoneen ovi on auki.",
    "Kokemus": "Kokemusasiantuntijoiden panosta tarvitaan.",
    "Kuntalaiset": "Kuntalaisten ääni on tärkeä.",
}
# Carried by the keyword only (its name and synonym are indexed with the article).
KEYWORD_ARTICLE = "Tapaaminen"
KEYWORD = "sosiaali- ja terveyspalvelut"
SYNONYM = "sote"

# Query: the titles it must find, on either database. Many inflected forms of the same
# lexeme, compounds and their parts, words that only look alike, keywords and a synonym.
EXPECTED = {
    **dict.fromkeys(
        ["valmisteluvaiheesta", "valmisteluvaihe", "valmisteluvaiheessa", "valmisteluvaiheen"],
        {"Valmisteluvaihe"},
    ),
    # A compound's part finds it; the verb is another lexeme than the noun valmistelu.
    **dict.fromkeys(["valmistelu", "valmistelun", "valmistelussa", "vaihe"], {"Valmisteluvaihe"}),
    **dict.fromkeys(
        ["valmistelee", "valmistellaan", "valmistella", "valmistelemme", "valmistelevat"],
        {"Nuorisovaltuusto"},
    ),
    **dict.fromkeys(
        ["hyvinvointialue", "hyvinvointialueiden", "hyvinvointialueella", "hyvinvointialueet"],
        {"Yhteistyö", "Nuorisovaltuusto"},
    ),
    "hyvinvointi": {"Yhteistyö", "Nuorisovaltuusto"},
    # "Well" is not a part of "wellbeing" (Voikko: the lexicalised hyvin=vointi).
    "hyvin": {"Vauhtiin"},
    "hyvä": {"Vauhtiin"},
    **dict.fromkeys(["elokuu", "elokuussa", "elokuun", "elo", "kuu"], {"Kesän kokous"}),
    **dict.fromkeys(
        ["toimeenpanosuunnitelma", "toimeenpanosuunnitelmaa", "toimeenpano", "suunnitelma"],
        {"Ohjelma"},
    ),
    **dict.fromkeys(["vertaistuki", "vertaistukea", "tuki", "ryhmä", "ryhmistä"], {"Ryhmät"}),
    **dict.fromkeys(["läsnäolo", "läsnäolo-oikeus", "oikeus", "oikeuden"], {"Valtuutetut"}),
    **dict.fromkeys(["vastaanotto", "vastaanottohuone", "huone", "huoneen"], {"Vastaanotto"}),
    **dict.fromkeys(["kokemusasiantuntija", "kokemus", "panos", "panostaa"], {"Kokemus"}),
    **dict.fromkeys(["kuntalainen", "kuntalaisten", "ääni", "äänet"], {"Kuntalaiset"}),
    **dict.fromkeys(
        ["sosiaali", "terveyspalvelut", "terveyspalveluiden", "palvelu", SYNONYM],
        {KEYWORD_ARTICLE},
    ),
    "hyvinvointialueiden yhteistyö": {"Yhteistyö"},
    "valmistelee hyvinvointialueella": {"Nuorisovaltuusto"},
    "ottaa": set(),
    "vointi": set(),
}


@pytest.fixture
def corpus(news_index):
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")
    for title, sentence in CORPUS.items():
        body = [{"type": "paragraph", "value": f"<p>{sentence}</p>"}]
        NewsPageFactory(parent=news_index, title=title, lead="Lyhyesti.", body=body)
    NewsPageFactory(
        parent=news_index, title=KEYWORD_ARTICLE, lead="Lyhyesti.", body=[], keywords=[KEYWORD]
    )
    keyword = Keyword.objects.get(name=KEYWORD)
    KeywordSynonym.objects.create(keyword=keyword, name=SYNONYM)


def found_titles(query: str) -> set[str]:
    groups = queries.query_term_groups(query, analysis.FINNISH)
    matches = engine.search(groups, keyword_ids=[], kind=Kind.NEWS, language=analysis.FINNISH)
    return set(SearchDocument.objects.filter(pk__in=matches.ids).values_list("title", flat=True))


def test_finnish_queries_find_the_same_articles_on_this_database_as_on_the_other(corpus):
    found = {query: found_titles(query) for query in EXPECTED}
    wrong = {query: found[query] for query in EXPECTED if found[query] != EXPECTED[query]}
    assert not wrong, {query: (found[query], EXPECTED[query]) for query in wrong}


TERM = re.compile(r"[^\W_]+")


def test_every_term_of_the_demo_news_is_one_token_for_both_databases():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")
    texts = []
    for item in NEWS:
        texts += [item["title"], item["lead"]]
        texts += [
            BeautifulSoup(value, "html.parser").get_text(" ")
            for _type, value in item["body"]
            if isinstance(value, str)
        ]
    odd = {
        term: word
        for text in texts
        for word in analysis.words(text)
        for term in analysis.index_terms(word)
        if not TERM.fullmatch(term)
    }
    assert not odd
