"""A short passage of a hit's text with the words that matched the query marked (<mark>)."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import analysis

CONTEXT_WORDS = 12
MAX_SNIPPET_WORDS = 30
# Only the start of a long text is looked at: a hit deep in a long page still gets a snippet
# of its opening, and every request stays cheap.
MAX_SCAN = 5000


def _matches(word: str, language: str, groups: list[frozenset[str]]) -> bool:
    terms = analysis.index_terms(word, language)
    return any(terms & group for group in groups)


def highlight(text: str, groups: list[frozenset[str]], language: str = "fi") -> SafeString:
    """A passage of `text` around its first matching word, matches in <mark>, all escaped.

    A word matches when one of its terms (itself, base forms, compound parts) is one of a
    query word's alternatives: `lasten` is marked for the query `lapsi`.
    """
    text = text[:MAX_SCAN]
    spans = list(analysis.word_spans(text))
    if not spans:
        return mark_safe("")
    hits = [
        i for i, (_s, _e, word) in enumerate(spans) if groups and _matches(word, language, groups)
    ]
    first = hits[0] if hits else 0
    start_index = max(0, first - CONTEXT_WORDS) if hits else 0
    end_index = min(len(spans), start_index + MAX_SNIPPET_WORDS)
    start = spans[start_index][0] if start_index else 0
    end = spans[end_index - 1][1] if end_index < len(spans) else len(text)
    hit_set = set(hits)
    out: list[str] = ["…" if start_index else ""]
    cursor = start
    for index in range(start_index, end_index):
        word_start, word_end, _word = spans[index]
        out.append(escape(text[cursor:word_start]))
        piece = escape(text[word_start:word_end])
        out.append(f"<mark>{piece}</mark>" if index in hit_set else piece)
        cursor = word_end
    out.append(escape(text[cursor:end]))
    if end_index < len(spans):
        out.append("…")
    return mark_safe("".join(out).strip())
