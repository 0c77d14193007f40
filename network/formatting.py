"""Finnish display formats for event times and sign-up choices."""

import datetime

from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext as _

from contacts.models import Organisation, Region
from sitewide.dates import weekday_date

REGION_PREFIX = "region:"
TYPE_PREFIX = "type:"


def event_day(moment: datetime.datetime) -> str:
    """`ma 14.12.2026`, `mån 14.12.2026` or `Mon 14 Dec 2026`, in the active language (the
    weekday is Django's localised abbreviation; the date as the templates write it)."""
    if translation.get_language() == "en":
        return dateformat.format(moment, "D j M Y")
    # Sámi weekdays from CLDR, none in Skolt Sámi (sitewide.dates); Django's elsewhere.
    return weekday_date(moment)


def event_clock(moment: datetime.datetime) -> str:
    """`13.00` in Finnish and Swedish (as written in Finland), `13:00` in English."""
    return dateformat.format(moment, "G:i" if translation.get_language() == "en" else "G.i")


def event_time_range(start: datetime.datetime, end: datetime.datetime) -> str:
    """`ma 14.12.2026 klo 13.00–15.30` in Helsinki time, in the active language (`mån 14.12.2026
    kl. 13.00–15.30`, `Mon 14 Dec 2026 at 13:00–15:30`); both days when it spans days."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    # Translators: the word before a time of day, "klo" in Finnish.
    at = _("klo")
    if start.date() == end.date():
        return f"{event_day(start)} {at} {event_clock(start)}–{event_clock(end)}"
    return (
        f"{event_day(start)} {at} {event_clock(start)} – {event_day(end)} {at} {event_clock(end)}"
    )


def region_or_type_label(code: str) -> str:
    """What a stored sign-up choice (`region:<slug>` or `type:<value>`) means to a person."""
    if code.startswith(TYPE_PREFIX):
        value = code.removeprefix(TYPE_PREFIX)
        if value in Organisation.Type.values:
            return str(Organisation.Type(value).label)
    elif code.startswith(REGION_PREFIX):
        name = (
            Region.objects.filter(slug=code.removeprefix(REGION_PREFIX))
            .values_list("name", flat=True)
            .first()
        )
        if name:
            return name
    return code
