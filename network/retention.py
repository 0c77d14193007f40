"""How long sign-ups are kept (the privacy notice promises at most SIGNUP_RETENTION_MONTHS)."""

import calendar
import datetime

from django.conf import settings
from django.utils import timezone

from .models import SignUp


def retention_months() -> int:
    return getattr(settings, "SIGNUP_RETENTION_MONTHS", 12)


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day and time `months` earlier; the month's last day if that day is missing."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def expired_signups(now: datetime.datetime | None = None):
    cutoff = months_before(timezone.localtime(now or timezone.now()), retention_months())
    return SignUp.objects.filter(created_at__lt=cutoff)


def purge_old_signups(now: datetime.datetime | None = None) -> int:
    deleted, _by_model = expired_signups(now).delete()
    return deleted
