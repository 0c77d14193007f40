"""What runs on a timer (`manage.py subscriptions_tick`, every few minutes): the Monday digest,
items whose sending was interrupted, the one-time notice of ended follows, and expiry."""

import datetime
import logging

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from . import delivery
from .follow import purge_expired
from .models import Digest, ItemNotice
from .tasks import BACKEND, send_digest, send_item

logger = logging.getLogger(__name__)

# An item not done this long after its first publication was interrupted (SMTP down, a worker
# killed): it is queued again, and its Delivery rows keep anyone from getting it twice.
RETRY_AFTER = datetime.timedelta(minutes=5)


def due_digest_week(now: datetime.datetime | None = None) -> datetime.date | None:
    """This week's Monday once its digest hour (Helsinki) has passed, if not yet done."""
    local = timezone.localtime(now or timezone.now())
    monday = local.date() - datetime.timedelta(days=local.weekday())
    if local.weekday() == 0 and local.hour < settings.SUBSCRIPTIONS_DIGEST_HOUR:
        return None
    if Digest.objects.filter(week=monday, done_at__isnull=False).exists():
        return None
    return monday


def _queued(task, now: datetime.datetime) -> bool:
    """Whether such a task waits or runs; one "running" for longer than a claim lives belongs
    to a worker that died (its claims are taken over), so it does not count."""
    alive = now - datetime.timedelta(seconds=settings.SUBSCRIPTIONS_CLAIM_TIMEOUT_SECONDS)
    return (
        DBTaskResult.objects.filter(backend_name=BACKEND, task_path=task.module_path)
        .filter(
            Q(status=TaskResultStatus.READY)
            | Q(status=TaskResultStatus.RUNNING, started_at__gte=alive)
        )
        .exists()
    )


def tick(now: datetime.datetime | None = None) -> dict:
    """One round; what it did, for the log."""
    now = now or timezone.now()
    done = {"purged": purge_expired(now), "retried": 0, "digest": None, "endings": 0}
    if not _queued(send_item, now):
        unfinished = ItemNotice.objects.filter(
            notify=True, immediate_done_at__isnull=True, created_at__lt=now - RETRY_AFTER
        )
        for page_id in unfinished.values_list("page_id", flat=True)[:100]:
            send_item.enqueue(page_id)
            done["retried"] += 1
    week = due_digest_week(now)
    if week is not None and not _queued(send_digest, now):
        Digest.objects.get_or_create(week=week)
        send_digest.enqueue(week.isoformat())
        done["digest"] = week.isoformat()
    try:
        done["endings"] = delivery.send_endings()
    except delivery.SendFailed:
        logger.warning("Mail server unavailable; ended follows are told on a later round")
    return done
