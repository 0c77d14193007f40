from keywords.collation import finnish_sort_key, in_finnish_order
from keywords.models import Keyword


def names_sorted(names):
    return [keyword.name for keyword in in_finnish_order(Keyword(name=name) for name in names)]


def test_lowercase_and_capitals_sort_together():
    assert names_sorted(["Kainuu", "aluevaalit", "Lappi", "järjestöt"]) == [
        "aluevaalit",
        "järjestöt",
        "Kainuu",
        "Lappi",
    ]


def test_finnish_letters_come_after_z_in_order_a_ring_a_umlaut_o_umlaut():
    assert names_sorted(["öljy", "äänestys", "Åland", "zumba", "ylitornio", "oulu"]) == [
        "oulu",
        "ylitornio",
        "zumba",
        "Åland",
        "äänestys",
        "öljy",
    ]


def test_other_accents_sort_as_their_base_letter():
    assert names_sorted(["eläin", "énergie", "fysio"]) == ["eläin", "énergie", "fysio"]


def test_shorter_word_first_and_digits_before_letters():
    assert names_sorted(["sote-uudistus", "sote", "2026", "a"]) == [
        "2026",
        "a",
        "sote",
        "sote-uudistus",
    ]


def test_sort_key_is_plain_lowercase_ascii_for_any_database_collation():
    key = finnish_sort_key("Äänekoski – Örö 2026 ✓")
    assert key.isascii() and key.isalpha() and key == key.lower()
