"""Finnish display formats for event times and sign-up choices."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Organisation, Region

REGION_PREFIX = "region:"
TYPE_PREFIX = "type:"


def finnish_date(moment: datetime.datetime) -> str:
    return f"{moment.day}.{moment.month}.{moment.year}"


def finnish_time(moment: datetime.datetime) -> str:
    return f"{moment.hour}.{moment.minute:02d}"


def event_time_range(start: datetime.datetime, end: datetime.datetime) -> str:
    """`18.11.2021 klo 13.00–15.30` in Helsinki time; both dates when it spans days."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    at = _("klo")
    if start.date() == end.date():
        return f"{finnish_date(start)} {at} {finnish_time(start)}–{finnish_time(end)}"
    return (
        f"{finnish_date(start)} {at} {finnish_time(start)} – "
        f"{finnish_date(end)} {at} {finnish_time(end)}"
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
