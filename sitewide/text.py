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
