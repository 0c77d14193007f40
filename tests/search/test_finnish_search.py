"""The Finnish word list end to end, on SQLite and PostgreSQL alike: the word a visitor looks
for stands only in an article's body, inflected or inside a compound."""

import pytest

from search import analysis
from tests.factories import NewsPageFactory
from tests.search.test_search import result_titles

pytestmark = pytest.mark.django_db

# (sentence in the body, query that must find it)
CASES = [
    ("Kylän vedenjakelu katkesi viikoksi.", "vesi"),
    ("Kylän vedenjakelu katkesi viikoksi.", "vedenjakelun"),
    ("Puhuimme veden laadusta.", "vesi"),
    ("Kuulimme asukkaiden kokemuksia palveluista.", "kokemus"),
    ("Kuulimme asukkaiden kokemuksia palveluista.", "asukas"),
    ("Pienten kylien palvelut heikkenevät.", "kylä"),
    ("Lasten ja heidän vanhempiensa ääni kuuluu.", "lapsi"),
    ("Osallisuusverkostojen tapaaminen pidettiin etänä.", "osallisuusverkosto"),
    ("Osallisuusverkostojen tapaaminen pidettiin etänä.", "verkosto"),
    ("Osallisuusverkostojen tapaaminen pidettiin etänä.", "osallisuus"),
    ("Sote-palveluiden saatavuus paranee.", "sote-palvelut"),
    ("Sote-palveluiden saatavuus paranee.", "palvelu"),
    ("Sote-palveluiden saatavuus paranee.", "sote"),
    ("Kokemustoimijoiden koulutus alkaa.", "toimija"),
    ("Järjestimme hackathonin nuorille.", "hackathon"),
    ("Vuoden 2025 suunnitelma hyväksyttiin.", "2025"),
    ("Hyvinvointialueiden yhteistyö tiivistyy.", "hyvinvointialue"),
]


@pytest.fixture(autouse=True)
def _voikko_is_installed():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")


@pytest.mark.parametrize(("sentence", "query"), CASES)
def test_word_only_in_the_body_is_found_by_base_form_inflection_or_part(
    client, news_index, sentence, query
):
    NewsPageFactory(
        parent=news_index,
        title="Ajankohtaista",
        lead="Lyhyesti.",
        body=[{"type": "paragraph", "value": f"<p>{sentence}</p>"}],
    )
    NewsPageFactory(parent=news_index, title="Muu aihe", lead="Lyhyesti.", body=[])
    # Among news: the site's own privacy notice mentions a "verkosto" too.
    assert result_titles(client.get("/haku/", {"q": query, "kind": "news"})) == ["Ajankohtaista"]


def test_a_compound_query_does_not_find_a_text_with_only_its_part(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Verkosto",
        lead="Lyhyesti.",
        body=[{"type": "paragraph", "value": "<p>Verkosto kokoontui.</p>"}],
    )
    assert result_titles(client.get("/haku/", {"q": "osallisuusverkostojen", "kind": "news"})) == []
