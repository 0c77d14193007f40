"""SMTP-down drill: the mail relay is away while news is published; nothing lost, nothing doubled.

    python -m ops.smtp_drill [--followers 200]      # make drill-smtp

On a fresh PostgreSQL database (OPS_POSTGRES, default postgres://postgres@127.0.0.1:5432;
dropped afterwards), with one real `db_worker` process running throughout:
1. FOLLOWERS addresses follow a keyword "at once"; the relay's port answers nothing.
2. An item is published: the worker's send fails, its claims are released, the item waits.
3. The relay comes back (aiosmtpd on the same port); `subscriptions_tick` queues the item again
   (run with the retry delay passed, as five minutes later).
4. Verdict: every follower received the item exactly once.
Exits 1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))


class Relay:
    def __init__(self):
        self.received: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.update(envelope.rcpt_tos)
        return "250 OK"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=200)
    args = parser.parse_args()

    from aiosmtpd.controller import Controller

    from ops.stack import free_port

    server = os.environ.get("OPS_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    dbname = f"osallisuus_smtp_drill_{os.getpid()}"
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.subscriptions_settings",
        "DATABASE_URL": f"{server}/{dbname}",
        "BENCH_SMTP_PORT": str(port),
    }
    os.environ.update(env)
    subprocess.run(["psql", f"{server}/postgres", "-qc", f"CREATE DATABASE {dbname}"], check=True)
    worker = None
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=REPO_DIR, env=env,
            check=True,
        )  # fmt: skip
        import django

        django.setup()
        from django.utils import timezone

        from home.site_setup import ensure_home_page
        from keywords.models import Keyword
        from news.models import NewsIndexPage, NewsPage
        from subscriptions.models import Delivery, ItemNotice, Subscription
        from subscriptions.schedule import tick

        home = ensure_home_page(hostname="localhost")
        index = home.add_child(instance=NewsIndexPage(title="Uutiset", slug="uutiset"))
        index.save_revision().publish()
        keyword = Keyword.objects.create(name="kokemustoiminta")
        for n in range(args.followers):
            subscription = Subscription.objects.create(
                email=f"s{n}@example.invalid", language="fi", frequency="immediate",
                confirmed_at=timezone.now(),
            )  # fmt: skip
            subscription.keywords.add(keyword)

        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--backend", "subscriptions"]
            + ["--queue-name", "subscriptions", "--no-startup-delay", "--no-reload"]
            + ["--interval", "0.2"],
            cwd=REPO_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"relay down (127.0.0.1:{port} closed); publishing")
        page = NewsPage(title="Kokemustoimijat koolle", slug="koolle", lead="Ingressi.")
        index.add_child(instance=page)
        page.keywords.set([keyword])
        page.save_revision().publish()
        deadline = time.monotonic() + 60
        notice = ItemNotice.objects.get(page_id=page.pk)
        from django_tasks_db.models import DBTaskResult

        while time.monotonic() < deadline and not DBTaskResult.objects.failed().exists():
            time.sleep(0.5)
        failures = []
        if not DBTaskResult.objects.failed().exists():
            failures.append("the worker never tried (or did not fail) while the relay was down")
        if Delivery.objects.exists():
            failures.append(f"{Delivery.objects.count()} deliveries recorded with no relay")

        relay = Relay()
        controller = Controller(relay, hostname="127.0.0.1", port=port)
        controller.start()
        print("relay back; subscriptions_tick five minutes on")
        try:
            ItemNotice.objects.filter(pk=notice.pk).update(
                created_at=timezone.now() - datetime.timedelta(minutes=6)
            )
            print(f"tick: {tick()}")
            deadline = time.monotonic() + 120
            while sum(relay.received.values()) < args.followers and time.monotonic() < deadline:
                time.sleep(0.5)
            time.sleep(2)  # anything doubled would arrive now
        finally:
            controller.stop()
        expected = {f"s{n}@example.invalid" for n in range(args.followers)}
        missing = expected - set(relay.received)
        doubled = [address for address, count in relay.received.items() if count > 1]
        if missing:
            failures.append(f"{len(missing)} followers never got the item")
        if doubled:
            failures.append(f"{len(doubled)} followers got it more than once")
        print(f"received: {sum(relay.received.values())} mails for {len(relay.received)} addresses")
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        subprocess.run(["psql", f"{server}/postgres", "-qc", f"DROP DATABASE {dbname}"])
    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("OK: nothing lost, nothing doubled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
