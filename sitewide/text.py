"""Free text that visitors type: one rule for which characters text may hold, and two ways
to apply it. Search boxes, filters and feedback repair the text (`clean_query`,
`clean_message`); the sign-up form, whose text goes into an email, refuses it instead
(`refuse_odd_text`), so the visitor sees what was wrong."""

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

UNSAVEABLE = _("Tekstissä on merkkejä, joita ei voi tallentaa.")
ONE_LINE = _("Kirjoita tämä tieto yhdelle riville.")
# Line breaks of every kind: in a one-line field they could start new lines in an email (a
# paragraph the visitor writes in the site's own voice).
LINE_BREAKS = {"\r", "\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def is_control(ch: str) -> bool:
    """Control, format and unassigned characters (NUL included: PostgreSQL refuses it in
    text); none of them mean anything in what a visitor types."""
    return unicodedata.category(ch)[0] == "C"


def _printable(line: str) -> str:
    """`line` without control characters, its whitespace as plain spaces."""
    return "".join(" " if ch.isspace() else ch for ch in line if ch.isspace() or not is_control(ch))


def clean_query(raw: str | None, max_length: int | None = None) -> tuple[str, bool]:
    """Printable, NFC-normalised text with collapsed whitespace; and whether it was shortened.

    NUL and other control characters are dropped: PostgreSQL rejects NUL in text and none of
    them mean anything in a search.
    """
    if max_length is None:
        max_length = settings.SEARCH_QUERY_MAX_LENGTH
    text = " ".join(_printable(unicodedata.normalize("NFC", raw or "")).split())
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
        lines.append(" ".join(_printable(line).split()))
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()[:max_length].rstrip()


def refuse_odd_text(value: str, multiline: bool = False) -> str:
    """NFC text, stripped; ValidationError for control characters and, in a one-line field,
    for any line break (a multi-line one keeps CR/LF as newlines)."""
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    elif any(ch in LINE_BREAKS for ch in text):
        raise ValidationError(ONE_LINE)
    if any((is_control(ch) or ch in LINE_BREAKS) and ch != "\n" for ch in text):
        raise ValidationError(UNSAVEABLE)
    return text.strip()
