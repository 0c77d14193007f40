"""Benchmark of following by email at scale (not a test; figures in docs/subscriptions.md).

    .venv/bin/python -m bench.subscriptions [--followers 10000] [--items 20] [--publishes 15]

On a fresh PostgreSQL database (BENCH_POSTGRES, default postgres://postgres@127.0.0.1:5432;
dropped afterwards) it measures:
- the publish overhead: median time of publishing a news item whose keyword has FOLLOWERS
  confirmed "at once" followers, against one whose keyword has none (side by side, alternating);
- delivery: one real `db_worker` process sends one item to all of them over SMTP to a local
  aiosmtpd server; the time until the last one arrived, and the worker's resident memory
  sampled through the run (flat: no list of all recipients is held);
- the weekly digest: FOLLOWERS weekly followers, ITEMS items each, one worker, same figures.
Writes bench/results/<date>-subscriptions-<followers>.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += len(envelope.rcpt_tos)
        return "250 OK"


def run_worker_until(env, counter: Counter, expected: int, timeout: float) -> dict:
    """Start one db_worker; the seconds until `expected` mails arrived and its RSS samples."""
    started = time.monotonic()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "subscriptions"]
        + [
            "--queue-name",
            "subscriptions",
            "--no-startup-delay",
            "--no-reload",
            "--interval",
            "0.2",
        ],
        cwd=REPO_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    samples = []
    try:
        while counter.count < expected and time.monotonic() - started < timeout:
            samples.append((counter.count, rss_kib(worker.pid)))
            time.sleep(0.5)
        seconds = time.monotonic() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    marks = [s for s in samples if s[0] > 0]
    return {
        "seconds_to_last_mail": round(seconds, 1),
        "mails": counter.count,
        "worker_rss_mib_at_first_mail": round(marks[0][1] / 1024, 1) if marks else None,
        "worker_rss_mib_at_half": round(
            next((r for c, r in marks if c >= expected // 2), 0) / 1024, 1
        ),
        "worker_rss_mib_at_end": round(marks[-1][1] / 1024, 1) if marks else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--publishes", type=int, default=15)
    args = parser.parse_args()

    from aiosmtpd.controller import Controller

    from ops.stack import free_port

    server = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    dbname = f"osallisuus_bench_subscriptions_{os.getpid()}"
    subprocess.run(["psql", f"{server}/postgres", "-qc", f"CREATE DATABASE {dbname}"], check=True)
    counter = Counter()
    smtp_port = free_port()
    smtp = Controller(counter, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.subscriptions_settings",
        "DATABASE_URL": f"{server}/{dbname}",
        "BENCH_SMTP_PORT": str(smtp_port),
    }
    os.environ.update(env)
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=REPO_DIR, env=env,
            check=True,
        )  # fmt: skip
        results = measure(args, counter, env)
    finally:
        smtp.stop()
        from django.db import connections

        connections.close_all()
        subprocess.run(["psql", f"{server}/postgres", "-qc", f"DROP DATABASE {dbname}"])
    print(json.dumps(results, indent=2))
    out = REPO_DIR / "bench" / "results"
    name = f"{datetime.date.today()}-subscriptions-{args.followers}.json"
    (out / name).write_text(json.dumps(results, indent=2) + "\n")
    return 0


def measure(args, counter: Counter, env: dict) -> dict:
    import django

    django.setup()
    from django.utils import timezone

    from home.site_setup import ensure_home_page
    from keywords.models import Keyword
    from news.models import NewsIndexPage, NewsPage
    from subscriptions.models import ItemNotice, Subscription
    from subscriptions.schedule import tick

    home = ensure_home_page(hostname="localhost")
    index = home.add_child(instance=NewsIndexPage(title="Uutiset", slug="uutiset"))
    index.save_revision().publish()
    followed = Keyword.objects.create(name="kokemustoiminta")
    lonely = Keyword.objects.create(name="ei seuraajia")
    now = timezone.now()

    def add_followers(frequency: str, prefix: str) -> None:
        subscriptions = Subscription.objects.bulk_create(
            [
                Subscription(
                    email=f"{prefix}{n}@example.invalid",
                    language="fi",
                    frequency=frequency,
                    confirmed_at=now,
                )
                for n in range(args.followers)
            ],
            batch_size=2000,
        )
        through = Subscription.keywords.through
        through.objects.bulk_create(
            [through(subscription_id=s.pk, keyword_id=followed.pk) for s in subscriptions],
            batch_size=2000,
        )

    add_followers("immediate", "heti")

    def publish(keyword, n: int) -> float:
        page = NewsPage(title=f"Uutinen {keyword.pk}-{n}", slug=f"u-{keyword.pk}-{n}", lead="L.")
        index.add_child(instance=page)
        page.keywords.set([keyword])
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        return (time.perf_counter() - started) * 1000

    from django_tasks_db.models import DBTaskResult

    with_followers, without = [], []
    for n in range(args.publishes):
        without.append(publish(lonely, n))
        with_followers.append(publish(followed, n))
    results = {
        "followers": args.followers,
        "publish_ms_median_without_followers": round(statistics.median(without), 1),
        "publish_ms_median_with_followers": round(statistics.median(with_followers), 1),
    }
    # One item to deliver: keep only the last publish's task.
    last = NewsPage.objects.filter(keywords=followed).order_by("-pk").first()
    DBTaskResult.objects.exclude(args_kwargs__args=[last.pk]).delete()
    ItemNotice.objects.exclude(page_id=last.pk).update(notify=False)
    results["deliver_one_item"] = run_worker_until(env, counter, args.followers, timeout=900)

    # The digest: weekly followers, ITEMS items of the week before a Monday 07:00 Helsinki.
    Subscription.objects.filter(frequency="immediate").update(withdrawn_at=now)
    add_followers("weekly", "viikko")
    monday = datetime.datetime(2026, 12, 7, 5, 0, tzinfo=datetime.UTC)  # 07:00 in Helsinki
    ItemNotice.objects.update(notify=False)
    for n in range(args.items):
        page = NewsPage(title=f"Viikon uutinen {n}", slug=f"viikko-{n}", lead="Ingressi.")
        index.add_child(instance=page)
        page.keywords.set([followed])
        page.save_revision().publish()
    ItemNotice.objects.filter(notify=True).update(created_at=monday - datetime.timedelta(days=1))
    DBTaskResult.objects.all().delete()
    tick(monday + datetime.timedelta(hours=1))
    counter.count = 0
    results["weekly_digest"] = run_worker_until(env, counter, args.followers, timeout=1200)
    results["digest_items"] = args.items
    results["machine"] = {"cpus": os.cpu_count()}
    return results


if __name__ == "__main__":
    sys.exit(main())
