"""Finnish words meet by base form and compound part (Voikko); sv/en by their stemmers."""

import logging

import pytest

from search import analysis, checks


def matches(indexed_word: str, query_word: str, language: str = "fi") -> bool:
    return bool(
        analysis.index_terms(indexed_word, language)
        & analysis.query_alternatives(query_word, (language,))
    )


# (word in the text, word searched): each pair must meet.
FINNISH_PAIRS = [
    # consonant gradation
    ("veden", "vesi"),
    ("vesi", "veden"),
    ("kokemuksia", "kokemus"),
    ("kokemus", "kokemuksien"),
    ("lasten", "lapsi"),
    ("tiedon", "tieto"),
    ("hyvinvointialueiden", "hyvinvointialue"),
    # plural stems
    ("kylien", "kylä"),
    ("järjestöjen", "järjestöt"),
    ("verkostojen", "verkostot"),
    # compounds: the whole and each part, from any inflected form
    ("osallisuusverkostojen", "osallisuusverkosto"),
    ("osallisuusverkostojen", "verkosto"),
    ("osallisuusverkostojen", "osallisuudesta"),
    ("vedenjakelun", "vedenjakelu"),
    ("vedenjakelun", "vesi"),
    ("vedenjakelun", "jakelua"),
    ("kokemustoimijoiden", "toimija"),
    # hyphenated compounds
    ("sote-palveluiden", "sote-palvelut"),
    ("sote-palveluiden", "palvelu"),
    ("sote-palveluiden", "sote"),
    # a loanword Voikko does not know: itself and Snowball's stem
    ("hackathonin", "hackathon"),
    ("hackathonit", "hackathonin"),
    # numbers
    ("2025", "2025"),
]


@pytest.fixture(autouse=True)
def _voikko_is_installed():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")


@pytest.mark.parametrize(("indexed", "query"), FINNISH_PAIRS)
def test_finnish_forms_and_compound_parts_meet(indexed, query):
    assert matches(indexed, query)


@pytest.mark.parametrize(
    ("indexed", "query"),
    [
        ("verkosto", "osallisuusverkosto"),  # a part does not find every compound's whole
        ("vesi", "vedenjakelu"),
        ("2025", "2024"),
        ("kylä", "kyläkoulu"),
    ],
)
def test_a_compound_query_does_not_match_its_parts_alone(indexed, query):
    assert not matches(indexed, query)


def test_compound_parts_come_from_voikko_wordbases_with_derivations_joined():
    assert analysis.compound_parts(
        "+osa(osa)+llisu(+nen)+us(+us)+verkosto(verkosto)", "osallisuusverkosto"
    ) == ["osallisuus", "verkosto"]
    assert sorted(analysis.compound_parts("+veden(vesi)+jakel(jaella)+u(+u)", "vedenjakelu")) == [
        "jakelu",
        "veden",
        "vesi",
    ]
    assert analysis.compound_parts("+tapahtu(tapahtua)+m+a(+a)", "tapahtuma") == []


def test_compound_parts_of_derived_roots_and_lexicalised_base_forms_are_letters_only():
    # A root with a derivation: its base form (valmistaa) is not the part's (valmistelu).
    assert analysis.compound_parts(
        "+valmistel(valmistaa)(+la)+u(+u)+vaihe(vaihe)", "valmisteluvaihe"
    ) == ["valmistelu", "vaihe"]
    assert analysis.compound_parts("+el(elää)(+o)+o+kuu(kuu)", "elokuu") == ["elo", "kuu"]
    assert analysis.compound_parts("+valmistel(valmistaa)i(+la)+ja(+ja)", "valmistelija") == []
    # `=` marks the seam of a lexicalised base form: hyvinvointi is one part, not hyvin + vointi.
    assert analysis.compound_parts("+hyvinvointi(hyvin=vointi)+alue(alue)", "hyvinvointialue") == [
        "hyvinvointi",
        "alue",
    ]
    assert analysis.fold("Hyvin=Vointi") == "hyvinvointi"


@pytest.mark.parametrize(
    ("language", "indexed", "query"),
    [("sv", "kommunerna", "kommun"), ("sv", "tjänster", "tjänst"), ("en", "networks", "network")],
)
def test_swedish_and_english_use_their_own_stemmers(language, indexed, query):
    assert matches(indexed, query, language)


def test_query_words_are_bounded_and_deduplicated():
    query = " ".join(f"sana{n} sana{n}" for n in range(100))
    assert len(analysis.query_words(query)) == analysis.MAX_QUERY_WORDS
    assert analysis.query_words("Vesi vesi VESI") == ["vesi"]


def test_misspelt_word_gets_voikkos_suggestion_and_a_correct_one_none():
    assert analysis.suggest("järjestoö") == "järjestö"
    assert analysis.suggest("järjestö") is None


def test_underscores_split_words_so_filter_terms_cannot_be_typed():
    assert analysis.words("kw_12 kind_news") == ["kw", "12", "kind", "news"]


def test_without_voikko_search_falls_back_and_the_system_check_warns(monkeypatch, caplog):
    assert checks.finnish_analyser_loads(None) == []
    monkeypatch.setattr(analysis, "_voikko", None)
    monkeypatch.setattr(analysis, "_voikko_failed", False)
    monkeypatch.setattr("libvoikko.Voikko", _broken_voikko)
    analysis._voikko_analyses.cache_clear()
    analysis.index_terms.cache_clear()
    analysis.query_alternatives.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="search.analysis"):
            assert not analysis.voikko_available()
            assert not analysis.voikko_available()
        assert len([r for r in caplog.records if "could not be loaded" in r.message]) == 1
        assert [w.id for w in checks.finnish_analyser_loads(None)] == ["search.W001"]
        # Snowball's Finnish stemmer still joins the simplest inflections.
        assert matches("verkostojen", "verkostot")
    finally:
        analysis._voikko_analyses.cache_clear()
        analysis.index_terms.cache_clear()
        analysis.query_alternatives.cache_clear()


def _broken_voikko(language):
    raise OSError("libvoikko.so.1: cannot open shared object file")


def test_an_apostrophe_inside_a_word_keeps_it_one_word():
    # The Skolt prime typed as an apostrophe, and Finnish vaa'an (of vaaka).
    assert analysis.words("sää'mǩiõll vaa'an ’lainaus’ network’s") == [
        "sää'mǩiõll",
        "vaa'an",
        "lainaus",
        "network’s",
    ]
    assert analysis.sami_fold("sää'mǩiõll") == analysis.sami_fold("sääʹmǩiõll")
