"""How the site writes a date: `30.11.2026`, the format the templates give `|date:"j.n.Y"`."""

import datetime

from django.utils import dateformat

FINNISH_DATE = "j.n.Y"


def finnish_date(value: datetime.date) -> str:
    """`30.11.2026`: a date, or a datetime's own (not converted) day."""
    return dateformat.format(value, FINNISH_DATE)
