"""Normalising free text that visitors type into search boxes and filters."""

import unicodedata

from django.conf import settings


def clean_query(raw: str | None, max_length: int | None = None) -> tuple[str, bool]:
    """Printable, NFC-normalised text with collapsed whitespace; and whether it was shortened.

    NUL and other control characters are dropped: PostgreSQL rejects NUL in text and none of
    them mean anything in a search.
    """
    if max_length is None:
        max_length = settings.SEARCH_QUERY_MAX_LENGTH
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    text = " ".join(text.split())
    if len(text) > max_length:
        return text[:max_length].rstrip(), True
    return text, False


def clean_message(raw: str | None, max_length: int) -> str:
    """Free text typed into a message box: like `clean_query`, but it keeps its paragraphs.

    Line breaks become "\\n" (at most one empty line in a row); other whitespace within a line
    collapses to one space; control characters (NUL included) are dropped.
    """
    text = unicodedata.normalize("NFC", raw or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        kept = "".join(
            " " if ch.isspace() else ch
            for ch in line
            if ch.isspace() or unicodedata.category(ch)[0] != "C"
        )
        lines.append(" ".join(kept.split()))
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()[:max_length].rstrip()
