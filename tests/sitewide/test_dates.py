"""Dates in every content language: numeric as the site writes them, month and weekday names
from Django for fi/sv/en and from CLDR for the Sámi languages, never Finnish words in Sámi."""

import datetime
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from network.formatting import event_day
from osallisuus.formats import build
from sitewide.dates import long_date, weekday_date

DAY = datetime.date(2026, 12, 7)  # a Monday

FINNISH_WORDS = ("joulu", "maanantai", "ma ")


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fi", "7. joulukuuta 2026"),
        ("sv", "7 december 2026"),
        ("en", "7 December 2026"),
        ("se", "7 juovlamánnu 2026"),
        ("smn", "juovlâmáánu 7. 2026"),
        ("sms", "7.12.2026"),
    ],
)
def test_long_date_names_the_month_in_each_language(language, expected):
    assert long_date(DAY, language) == expected
    with translation.override(language):
        assert Template("{% load language_tags %}{{ day|long_date }}").render(
            Context({"day": DAY})
        ) == (expected)


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fi", "ma 7.12.2026"),
        ("sv", "mån 7.12.2026"),
        ("se", "má 7.12.2026"),
        ("smn", "vuo 7.12.2026"),
        ("sms", "7.12.2026"),
    ],
)
def test_event_days_carry_a_weekday_in_the_language_or_none(language, expected):
    assert weekday_date(DAY, language) == expected
    with translation.override(language):
        assert event_day(datetime.datetime(2026, 12, 7, 13, 0)) == expected


@pytest.mark.parametrize("language", ["se", "smn", "sms"])
def test_sami_dates_never_fall_back_to_finnish_words(language):
    with translation.override(language):
        written = [long_date(DAY), weekday_date(DAY), formats.date_format(DAY)]
        written.append(formats.date_format(DAY, "SHORT_DATE_FORMAT"))
    for text in written:
        assert not any(word in text + " " for word in FINNISH_WORDS), text


@pytest.mark.parametrize(
    "language, expected", [("se", "07.12.2026"), ("smn", "7.12.2026"), ("sms", "7.12.2026")]
)
def test_the_sami_format_modules_give_django_numeric_dates(language, expected):
    with translation.override(language):
        assert formats.date_format(DAY) == expected
        assert formats.date_format(datetime.time(13, 5), "TIME_FORMAT") == "13.05"
        assert formats.number_format(1234.5, 1, force_grouping=True) == "1\xa0234,5"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_the_format_modules_are_what_cldr_gives_today():
    # Regenerate with `python -m osallisuus.formats.build` after a Babel upgrade.
    for code in build.CLDR_CHAINS:
        path = Path(build.HERE) / code / "formats.py"
        assert path.read_text(encoding="utf-8") == build.module_text(code), code


def test_a_cldr_pattern_with_names_is_refused_for_django():
    assert build.django_format("dd.MM.y") == "d.m.Y"
    assert build.django_format("H.mm") == "G.i"
    with pytest.raises(ValueError):
        build.django_format("d MMMM y")
