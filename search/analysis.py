"""Turning text into search terms: the same analysis for what is indexed and what is asked.

Finnish goes through Voikko (libvoikko, the C library, through its ctypes binding): every word
is indexed as itself, as its base forms, and for compounds as the base form of each part
(`osallisuusverkostojen` -> osallisuusverkostojen, osallisuusverkosto, osallisuus, verkosto).
A query word matches by itself or its base forms, so the dictionary form, any inflected form
and a compound part all meet. Swedish and English use their Snowball stemmers. Words Voikko
does not know (new loanwords, names) fall back to Snowball's Finnish stemmer.

The Sámi languages (se, smn, sms) have no stemmer here: a word is indexed as itself and as its
folded form (case, diacritics and the Sámi letters without a decomposition folded to the
basic Latin letter, the Skolt prime dropped: `čázádat` -> cazadat, `sääʹmǩiõll` ->
saamkioll), and a query word on a Sámi page matches by either; see `sami_fold` and
docs/search.md for why everything folds.

When libvoikko or its Finnish dictionary cannot be loaded, Finnish falls back to Snowball's
Finnish stemmer (logged once; `search.W001` warns at start-up). See docs/search.md.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable

import snowballstemmer

logger = logging.getLogger(__name__)

FINNISH = "fi"
SAMI = ("se", "smn", "sms")
LANGUAGES = ("fi", "sv", "en", *SAMI)
_SNOWBALL_NAMES = {"fi": "finnish", "sv": "swedish", "en": "english"}

# A word: letters and digits, optionally joined by hyphens (sote-palvelut) or apostrophes: the
# Finnish vaa'an, and the Skolt Sámi prime typed on a keyboard without it (sää'mǩiõll for
# sääʹmǩiõll), which fold() then drops. Underscores split words, so that no typed word can
# ever equal one of the reserved `kw_`/`kind_` terms.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Longer runs are not words anyone searches for (hashes, garbage); they are indexed as is.
MAX_WORD_LENGTH = 60
# A query is analysed word by word; more words than this are ignored (all must match anyway).
MAX_QUERY_WORDS = 12

_lock = threading.Lock()
_voikko = None
_voikko_failed = False


def _load_voikko():
    global _voikko, _voikko_failed
    if _voikko is not None or _voikko_failed:
        return _voikko
    with _lock:
        if _voikko is None and not _voikko_failed:
            try:
                import libvoikko

                _voikko = libvoikko.Voikko(FINNISH)
            except Exception as error:  # noqa: BLE001 - OSError, missing dictionary, ...
                _voikko_failed = True
                logger.warning(
                    "Finnish analyser (libvoikko + voikko-fi) could not be loaded (%s); search "
                    "falls back to Snowball's Finnish stemmer. Install: apt-get install libvoikko1 "
                    "voikko-fi",
                    error,
                )
    return _voikko


def voikko_available() -> bool:
    return _load_voikko() is not None


@functools.cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(_SNOWBALL_NAMES[language])


def _stem(language: str, word: str) -> str:
    with _lock:  # Snowball stemmer objects keep state between calls
        return _stemmer(language).stemWord(word)


# Anything but letters and digits. PostgreSQL keeps a term whole whatever it holds, SQLite's
# FTS5 tokenizer splits it at such characters: a term must never contain one (docs/search.md).
_NOT_TERM = re.compile(r"[\W_]+")


def fold(term: str) -> str:
    """Terms are letters and digits only: `sote-palvelu` is stored as `sotepalvelu`."""
    return _NOT_TERM.sub("", term.lower())


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, in order (hyphenated compounds kept whole)."""
    text = unicodedata.normalize("NFC", text)
    return [match.group().lower() for match in WORD.finditer(text)]


def word_spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, lower-cased word) for every word of `text`."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), match.group().lower()


# Sámi: folding only ----------------------------------------------------------------------

# Sámi letters that Unicode does not decompose into a base letter and a mark, and the Skolt
# prime (a letter, U+02B9, and its look-alike U+02BC), which the folded form leaves out.
_SAMI_LETTERS = str.maketrans(
    {"đ": "d", "ŋ": "n", "ŧ": "t", "ǥ": "g", "ʒ": "z", "ʹ": "", "ʼ": "", "ø": "o", "æ": "ae"}
)


def sami_fold(word: str) -> str:
    """A Sámi word as someone without a Sámi keyboard types it: lower case, every diacritic
    gone (á č š ž â ä õ ǧ ǩ ǯ å), đ ŋ ŧ ǥ ʒ as d n t g z, the Skolt prime dropped."""
    letters = unicodedata.normalize("NFD", word.lower().translate(_SAMI_LETTERS))
    bare = "".join(char for char in letters if not unicodedata.combining(char))
    return fold(bare.translate(_SAMI_LETTERS))  # ǯ decomposes to ʒ + caron: ʒ folds now


# Finnish with Voikko -----------------------------------------------------------------------

# One morpheme of WORDBASES: `+`, its surface, and its annotations in parentheses (also
# between surface letters): a base form, then derivations applied to it (`(valmistaa)(+la)`).
_SEGMENT = re.compile(r"\+((?:[^+(]|\([^)]*\))*)")
_ANNOTATION = re.compile(r"\(([^)]*)\)")


def compound_parts(wordbases: str, baseform: str) -> list[str]:
    """The base forms of a compound's parts from Voikko's WORDBASES, [] for a simple word.

    `+veden(vesi)+jakel(jaella)+u(+u)` -> [vesi, jakelu]; derivational suffixes (`+us(+us)`)
    and bare infixes (`+m`) belong to the part before them, so
    `+osa(osa)+llisu(+nen)+us(+us)+verkosto(verkosto)` -> [osallisuus, verkosto]. A root with
    a derivation has no base form of its own (`+valmistel(valmistaa)(+la)+u(+u)` -> the part
    is `valmistelu`), and `=` marks a boundary inside a lexicalised base form
    (`hyvin=vointi` -> hyvinvointi).
    """
    parts: list[list[tuple[str, str]]] = []
    for segment in _SEGMENT.findall(wordbases or ""):
        surface = _ANNOTATION.sub("", segment)
        annotations = _ANNOTATION.findall(segment)
        if surface == "-":
            parts.append([])  # a hyphen ends a part
            continue
        root = bool(annotations) and not annotations[0].startswith("+")
        if not root and parts and parts[-1]:
            parts[-1].append((surface, ""))
        else:
            lemma = annotations[0].replace("=", "") if root and len(annotations) == 1 else ""
            parts.append([(surface, lemma)])
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return []
    result = []
    prefix = ""
    for index, part in enumerate(parts):
        surface = "".join(s for s, _lemma in part)
        if index == len(parts) - 1:
            base = baseform.lower()
            rest = base.replace("-", "")
            flat_prefix = prefix.replace("-", "")
            result.append(rest[len(flat_prefix) :] if rest.startswith(flat_prefix) else surface)
        elif len(part) == 1 and part[0][1] and not part[0][1].startswith("+"):
            result.extend({part[0][1].lower(), surface.lower()})
        else:
            result.append(surface.lower())
        prefix += surface
    return [fold(term) for term in result if term]


@functools.lru_cache(maxsize=200_000)
def _voikko_analyses(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """((base form, compound part base forms), ...) for `word`; () when Voikko does not know it."""
    voikko = _load_voikko()
    if voikko is None:
        return ()
    with _lock:
        analyses = voikko.analyze(word)
        if not analyses and word[:1].isalpha():
            analyses = voikko.analyze(word.capitalize())  # proper nouns: lapin -> Lappi
    result = []
    for analysis in analyses:
        base = analysis.get("BASEFORM") or ""
        if not base:
            continue
        result.append((fold(base), tuple(compound_parts(analysis.get("WORDBASES", ""), base))))
    return tuple(dict.fromkeys(result))


def _finnish_bases(word: str) -> tuple[set[str], set[str]] | None:
    """(base forms, compound part base forms) of a Finnish word; None when unknown."""
    analyses = _voikko_analyses(word)
    if not analyses and "-" in word:
        # A hyphenated compound Voikko does not know as a whole: its pieces, one by one.
        pieces = [_voikko_analyses(piece) for piece in word.split("-")]
        if all(pieces):
            parts = {base for analyses_ in pieces for base, _parts in analyses_}
            return {fold(word)}, parts
    if not analyses:
        return None
    bases = {base for base, _parts in analyses}
    parts = {part for _base, parts_ in analyses for part in parts_}
    return bases, parts


# Index and query terms ---------------------------------------------------------------------


@functools.lru_cache(maxsize=200_000)
def index_terms(word: str, language: str = FINNISH) -> frozenset[str]:
    """Terms that stand for one (lower-cased) word of indexed text."""
    surface = fold(word)
    if not surface:
        return frozenset()
    if len(word) > MAX_WORD_LENGTH:
        return frozenset({surface[:MAX_WORD_LENGTH]})
    terms = {surface}
    if language == FINNISH:
        found = _finnish_bases(word)
        if found is None:
            terms.add(fold(_stem(FINNISH, word)))
            if "-" in word:
                for piece in word.split("-"):
                    terms |= index_terms(piece, language)
        else:
            bases, parts = found
            terms |= bases | parts
    elif language in SAMI:
        terms.add(sami_fold(word))
        if "-" in word:
            for piece in word.split("-"):
                terms |= index_terms(piece, language)
    else:
        terms.add(fold(_stem(language, word)))
        if "-" in word:
            for piece in word.split("-"):
                terms |= index_terms(piece, language)
    return frozenset(term for term in terms if term)


@functools.lru_cache(maxsize=20_000)
def query_alternatives(word: str, languages: tuple[str, ...] = (FINNISH,)) -> frozenset[str]:
    """Terms any one of which matches a query word: itself and its base forms (no compound
    parts: `osallisuusverkosto` must not find every text that mentions a `verkosto`)."""
    surface = fold(word)
    if not surface:
        return frozenset()
    if len(word) > MAX_WORD_LENGTH:
        return frozenset({surface[:MAX_WORD_LENGTH]})
    terms = {surface}
    for language in languages:
        if language == FINNISH:
            found = _finnish_bases(word)
            if found is None:
                terms.add(fold(_stem(FINNISH, word)))
            else:
                terms |= found[0]
        elif language in SAMI:
            terms.add(sami_fold(word))
        else:
            terms.add(fold(_stem(language, word)))
    return frozenset(term for term in terms if term)


def text_terms(text: str, language: str = FINNISH) -> set[str]:
    terms: set[str] = set()
    for word in words(text):
        terms |= index_terms(word, language)
    return terms


def query_words(query: str) -> list[str]:
    """The distinct words of a query, at most MAX_QUERY_WORDS."""
    return list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]


def query_term_groups(query: str, language: str = FINNISH) -> list[frozenset[str]]:
    """One set of alternatives per query word: a document matches when it has, for every word,
    at least one of its alternatives. The page's language first, Finnish always (untranslated
    Finnish pages show under /sv/ and /en/ too)."""
    languages = tuple(dict.fromkeys((language, FINNISH)))
    groups = [query_alternatives(word, languages) for word in query_words(query)]
    return [group for group in groups if group]


def spelling_suggestions(word: str, limit: int = 4) -> list[str]:
    """Voikko's spelling suggestions for a word it does not know, best first; [] otherwise."""
    voikko = _load_voikko()
    if voikko is None or not word or len(word) > MAX_WORD_LENGTH:
        return []
    with _lock:
        if voikko.spell(word) or (word[:1].isalpha() and voikko.spell(word.capitalize())):
            return []
        suggestions = voikko.suggest(word)
    found = dict.fromkeys(s.lower() for s in suggestions if s.lower() != word.lower())
    return list(found)[:limit]


def suggest(word: str) -> str | None:
    """Voikko's first spelling suggestion for a word it does not know; None otherwise."""
    suggestions = spelling_suggestions(word, limit=1)
    return suggestions[0] if suggestions else None


# Reserved terms: filters that ride along in the same index. Underscores never come out of
# `words()`, so nothing a visitor types can collide with them.


def keyword_term(keyword_id: int) -> str:
    return f"kw_{keyword_id}"


def kind_term(kind: str) -> str:
    return f"kind_{kind}"
