"""How the site writes a date: `30.11.2026`, the format the templates give `|date:"j.n.Y"`,
in every language.

Where a date needs month or weekday names, Finnish, Swedish and English take them from Django's
catalogues; the Sámi languages, which Django does not ship (it would fall back to Finnish
words), take them from CLDR through Babel. CLDR has Northern Sámi (as written in Finland,
se_FI) and Inari Sámi names, but none for Skolt Sámi: its dates stay numeric (7.12.2026),
never Finnish words.
"""

import datetime
import functools

from babel import Locale
from babel import dates as babel_dates
from django.utils import dateformat, translation

FINNISH_DATE = "j.n.Y"

# The CLDR locale of each language whose names Django cannot give (see osallisuus/formats).
CLDR_LOCALES = {"se": "se_FI", "smn": "smn", "sms": "sms"}


def finnish_date(value: datetime.date) -> str:
    """`30.11.2026`: a date, or a datetime's own (not converted) day."""
    return dateformat.format(value, FINNISH_DATE)


@functools.cache
def _cldr_has_names(locale: str) -> bool:
    """Whether CLDR itself names the months of `locale`: without data of its own, Babel
    answers with the language-neutral root's `M01`..`M12` (and `Mon`.. for weekdays)."""
    return Locale.parse(locale).months["format"]["wide"][1] != "M01"


def cldr_locale(language: str) -> str | None:
    """The CLDR locale dates in `language` take their names from; None for Django's own
    languages and for a language CLDR has no names for."""
    locale = CLDR_LOCALES.get(language)
    return locale if locale and _cldr_has_names(locale) else None


def _language(language: str | None) -> str:
    return language or translation.get_language() or "fi"


def long_date(value: datetime.date, language: str | None = None) -> str:
    """`7. joulukuuta 2026`, `7 juovlamánnu 2026` (Northern Sámi), `juovlâmáánu 7. 2026`
    (Inari Sámi); numeric `7.12.2026` in Skolt Sámi, which CLDR does not name months for."""
    language = _language(language)
    if language in CLDR_LOCALES:
        locale = cldr_locale(language)
        if locale is None:
            return finnish_date(value)
        return babel_dates.format_date(value, "long", locale=locale)
    with translation.override(language):
        # Finnish months in the genitive after a day (`E`): 7. joulukuuta 2026.
        return dateformat.format(value, "j. E Y" if language == "fi" else "j F Y")


def weekday_date(value: datetime.date, language: str | None = None) -> str:
    """`ma 14.12.2026` (Django's abbreviated weekday), `má 14.12.2026` (Northern Sámi, CLDR),
    `14.12.2026` in Skolt Sámi, whose weekdays CLDR does not name."""
    language = _language(language)
    if language in CLDR_LOCALES:
        locale = cldr_locale(language)
        if locale is None:
            return finnish_date(value)
        weekday = babel_dates.format_date(value, "EEE", locale=locale)
        return f"{weekday} {finnish_date(value)}"
    with translation.override(language):
        return dateformat.format(value, f"D {FINNISH_DATE}")
