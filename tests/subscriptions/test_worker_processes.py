"""Real db_worker processes against PostgreSQL: a worker killed mid-batch, two at once."""

import datetime
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from subscriptions.models import Delivery, ItemNotice
from subscriptions.schedule import tick
from subscriptions.tasks import send_item
from tests.factories import KeywordFactory, NewsIndexPageFactory, NewsPageFactory
from tests.subscriptions.factories import SubscriptionFactory
from tests.subscriptions.smtp import SMTPServer

# Committed data, so that the workers see it; the migrations' rows restored afterwards, as the
# other transactional tests do (a plain flush would clash with the browser tests' restore).
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="separate worker processes need a database they can share (PostgreSQL)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
FOLLOWERS = 30


def start_worker(port: int) -> subprocess.Popen:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.subscriptions.worker_settings",
        "DATABASE_URL": url,
        "TEST_SMTP_PORT": str(port),
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "subscriptions"]
        + ["--queue-name", "subscriptions", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def published_to_followers(home):
    keyword = KeywordFactory(name="kokemustoiminta")
    for n in range(FOLLOWERS):
        SubscriptionFactory(email=f"f{n}@example.invalid", keywords=[keyword])
    index = NewsIndexPageFactory(parent=home)
    # Autocommit: the publish's on_commit enqueues the task at once.
    return NewsPageFactory(parent=index, keywords=[keyword])


def test_killed_worker_then_two_workers_send_everyone_the_item_exactly_once(
    published_to_followers,
):
    with SMTPServer() as smtp:
        worker = start_worker(smtp.port)

        def kill_at_the_tenth(count):
            if count == 10:
                # Killed before the server acknowledged the tenth: that one never arrived.
                os.kill(worker.pid, signal.SIGKILL)
                return "451 Try again later"
            return None

        smtp.inbox.before_accept = kill_at_the_tenth
        assert worker.wait(timeout=120) == -signal.SIGKILL
        smtp.inbox.before_accept = None
        assert len(smtp.inbox.messages) == 10
        assert Delivery.objects.filter(state=Delivery.State.SENT).count() == 10
        assert Delivery.objects.filter(state=Delivery.State.SENDING).count() == 1

        # Time passes: the dead worker's claim and task are stale, the item unfinished.
        later = timezone.now() + datetime.timedelta(minutes=11)
        ItemNotice.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=6))
        Delivery.objects.filter(state=Delivery.State.SENDING).update(
            claimed_at=timezone.now() - datetime.timedelta(minutes=11)
        )
        assert tick(later)["retried"] == 1
        send_item.enqueue(published_to_followers.pk)  # and a duplicate, for the second worker
        workers = [start_worker(smtp.port), start_worker(smtp.port)]
        for process in workers:
            assert process.wait(timeout=120) == 0, process.stderr.read().decode()
        deadline = time.monotonic() + 5
        while len(smtp.inbox.messages) < FOLLOWERS and time.monotonic() < deadline:
            time.sleep(0.05)

    received = Counter(address for m in smtp.inbox.messages for address in m.rcpt_tos)
    assert received == Counter({f"f{n}@example.invalid": 1 for n in range(FOLLOWERS)})
    assert Delivery.objects.filter(state=Delivery.State.SENT).count() == FOLLOWERS
    assert ItemNotice.objects.get().immediate_done_at is not None
