"""Finnish alphabetical order (a..z, å, ä, ö; case-insensitive), in Python and in the database.

`finnish_sort_key(name)` is a string of lowercase ASCII letters only, so that every database
collation (SQLite's binary, PostgreSQL's C or en_US) orders it the same way. Each character
becomes two letters: spaces and punctuation first, then digits, a..z, å, ä, ö and the rest.
"""

import unicodedata

_FINNISH_EXTRA = {"å": "ca", "ä": "cb", "ö": "cc"}
# Letters Finnish sorts as another letter (SFS 4600): ü as y, æ as ä, ø as ö.
_SAME_AS = {"ü": "y", "æ": "ä", "ø": "ö", "ß": "s"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CODE = "abcdefghijklmnopqrstuvwxyz"


def _char_code(char: str) -> str:
    if char in _FINNISH_EXTRA:
        return _FINNISH_EXTRA[char]
    if char in _LETTERS:
        return "b" + char
    if char.isdigit() and char.isascii():
        return "a" + _CODE[int(char) + 1]
    if not char.isalnum():
        return "aa"
    return "d" + _CODE[min(ord(char) // 2600, 25)]


def finnish_sort_key(name: str) -> str:
    """`Äänekoski` sorts after `Ylitornio` and `Åland`; `aluevaalit` before `Kainuu`."""
    text = name.casefold()
    folded = []
    for char in text:
        char = _SAME_AS.get(char, char)
        if char not in _FINNISH_EXTRA:
            # é -> e, č -> c: accents other than the Finnish letters do not change the order.
            char = unicodedata.normalize("NFKD", char)[0] if char.isalpha() else char
        folded.append(char)
    return "".join(_char_code(char) for char in "".join(folded).strip())


def in_finnish_order(keywords) -> list:
    """The keywords (anything with a `name`) sorted the Finnish way."""
    return sorted(keywords, key=lambda keyword: finnish_sort_key(keyword.name))
