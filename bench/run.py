"""`make bench`: fill a PostgreSQL database, serve it as production does, measure it with wrk.

    .venv/bin/python -m bench.run [--scale 10000] [--app-servers 1] [--duration 8] [--rebuild]

Options also come from the environment: SCALE, APP_SERVERS, DURATION, WORKERS, THREADS,
REBUILD=1, REINDEX=0 (reuse the search index), ADMIN_SAMPLES (20),
BENCH_POSTGRES (server URL, default postgres://postgres@127.0.0.1:5432),
BENCH_REDIS (default redis://127.0.0.1:6379/7; the run flushes that one Redis db).

The stack: gunicorn (sync workers, production settings) on PostgreSQL and Redis, Varnish with
deploy/varnish/default.vcl in front, and nginx serving the saved article HTML as a static file
(the ceiling, measured twice). Each target is measured through Varnish (cached, with Varnish's
CPU per request) and straight at gunicorn (uncached: "warm" with the app's caches filled, and
"cold", one request at a time right after the Redis db is flushed, and "after a news
publish", one at a time right after the app's caches learn of another news item's publish;
CPU per request of the workers and PostgreSQL for each); SQL queries per request are counted
in-process (manage.py bench_targets) with the same settings and database. Last, the admin
targets (bench/admin.py): a logged-in moderator's explorer, searches, edit form, save draft,
preview, unpublish and publish, one request at a time, median and p95. A run whose wrk
reports errors or non-2xx answers exits 1 and lists them.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from bench import admin as bench_admin  # noqa: E402
from bench import search as bench_search  # noqa: E402
from ops.stack import (  # noqa: E402
    Gunicorn,
    Service,
    StackError,
    Varnish,
    exit_on_sigterm,
    free_port,
    make_workdir,
    production_env,
    wait_for_http,
    wait_for_port,
)

RESULTS_DIR = REPO_DIR / "bench" / "results"
VENV_PYTHON = REPO_DIR / ".venv" / "bin" / "python"
DEFAULT_SCALE = 10_000
# A slow answer is a latency, not an error: only refused, broken or non-2xx answers fail a run.
WRK_TIMEOUT_S = 30
# Cold figures: requests one at a time, each after the app's caches (the Redis db) are flushed.
COLD_REQUESTS = 8
# The goals (make bench; CPU per request of app + database).
GOAL_WARM_CPU_MS = 10.0
GOAL_COLD_CPU_MS = 20.0
GOAL_100K_OVER_10K = 1.25
GOAL_MAX_QUERIES = 12
HOST = "127.0.0.1"
# Distinct client addresses per request, as many visitors: the per-address search rate
# limit (60/min) must not turn the search benchmark into a benchmark of the 429 page.
LUA_VISITORS = """
local n = 0
request = function()
  n = n + 1
  wrk.headers["X-Forwarded-For"] = "10." .. (n % 250) .. "." .. math.random(0, 255) .. "."
    .. math.random(1, 254)
  return wrk.format(nil)
end
"""
LUA_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, '
    .. '"p95_us": %d, "p99_us": %d, "max_us": %d, "non_2xx_3xx": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max, e.status,
    e.connect + e.read + e.write + e.timeout))
end
"""


def log(message: str) -> None:
    print(message, flush=True)


# Database ------------------------------------------------------------------------------------


def _psql(server: str, sql: str, dbname: str = "postgres") -> str:
    import psycopg

    with psycopg.connect(f"{server}/{dbname}", autocommit=True) as conn:
        cursor = conn.execute(sql)
        return "" if cursor.description is None else str(cursor.fetchone()[0])


def _database_scale(server: str, dbname: str) -> int | None:
    """How many bench news items the database holds; None when it does not exist."""
    if _psql(server, f"SELECT count(*) FROM pg_database WHERE datname = '{dbname}'") == "0":
        return None
    try:
        return int(
            _psql(
                server,
                "SELECT count(*) FROM wagtailcore_page WHERE slug LIKE 'bench-uutinen-%%'",
                dbname,
            )
        )
    except Exception:  # noqa: BLE001 - an unmigrated or broken database is rebuilt
        return 0


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [str(VENV_PYTHON), "manage.py", *args],
        cwd=REPO_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def migrate(env: dict[str, str]) -> None:
    """Migrations, and the database cache table the settings use where no Redis is configured
    (these manage.py runs have none)."""
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")


def prepare_database(server: str, scale: int, rebuild: bool) -> tuple[str, dict]:
    """The bench database at `scale`, reused when it already holds it; (URL, timings)."""
    dbname = f"osallisuus_bench_{scale}"
    url = f"{server}/{dbname}"
    env = production_env(url)
    timings: dict = {}
    have = _database_scale(server, dbname)
    if have == scale and not rebuild:
        log(f"Reusing database {dbname} ({have} news items).")
        migrate(env)
        return url, {"reused": True}
    if have and have < scale and not rebuild:
        # An interrupted fill: fill_bench_data tops the database up (news in chunks of 5,000).
        log(f"Topping up database {dbname} from {have} news items.")
        timings["topped_up_from"] = have
        migrate(env)
    else:
        log(f"Creating database {dbname} (drops it first).")
        _psql(server, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        _psql(server, f'CREATE DATABASE "{dbname}"')
        began = time.monotonic()
        migrate(env)
        timings["migrate_s"] = round(time.monotonic() - began, 1)
        manage(env, "setup_site", "--hostname", HOST, "--port", "80")
    began = time.monotonic()
    output = manage(env, "fill_bench_data", "--scale", str(scale), "--no-search-index")
    timings["fill_s"] = round(time.monotonic() - began, 1)
    log(output.strip().splitlines()[-1])
    log(f"Filled {scale} news items in {timings['fill_s']} s.")
    return url, timings


def flush_redis(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


# nginx: the ceiling ------------------------------------------------------------------------


class Nginx(Service):
    """nginx serving one saved HTML file from a private directory; runs as any user."""

    name = "nginx"

    def __init__(self, workdir: Path, html: bytes, port: int | None = None):
        super().__init__(workdir)
        self.port = port or free_port()
        self.root = workdir / "www"
        self.root.mkdir(exist_ok=True)
        (self.root / "article.html").write_bytes(html)
        self.root.chmod(0o755)
        (self.root / "article.html").chmod(0o644)
        temp = workdir / "nginx-temp"
        temp.mkdir(exist_ok=True)
        user = "user nobody nogroup;" if os.geteuid() == 0 else ""
        self.conf = workdir / "nginx.conf"
        self.conf.write_text(
            f"""{user}
worker_processes auto;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {{
        listen {HOST}:{self.port};
        root {self.root};
        location / {{ default_type "text/html; charset=utf-8"; }}
    }}
}}
"""
        )

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/article.html"

    def command(self) -> list[str]:
        return [
            shutil.which("nginx") or "/usr/sbin/nginx",
            "-c",
            str(self.conf),
            "-p",
            str(self.workdir),
        ]

    def ready(self) -> None:
        wait_for_port(self.port, timeout=15)


# Measuring -----------------------------------------------------------------------------------


def fetch(url: str) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, headers={"X-Forwarded-For": "10.255.0.1"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def wrk(url: str, duration: int, script: Path, threads: int = 2, connections: int = 8) -> dict:
    return wrk_parallel([url], duration, script, threads, connections)


def wrk_parallel(
    urls: list[str], duration: int, script: Path, threads: int = 2, connections: int = 8
) -> dict:
    """wrk against each URL at once, threads and connections shared out among them.

    With several app servers, the uncached figure is all of them loaded together: the sum of
    the request rates; latencies are the worst server's percentiles.
    """
    share_threads = max(1, threads // len(urls))
    share_connections = max(1, connections // len(urls))
    processes = [
        subprocess.Popen(
            [
                "wrk",
                f"-t{share_threads}",
                f"-c{share_connections}",
                f"-d{duration}s",
                f"--timeout={WRK_TIMEOUT_S}s",
                "--latency",
                "-s",
                str(script),
                url,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for url in urls
    ]
    results = []
    for url, process in zip(urls, processes, strict=True):
        stdout, stderr = process.communicate(timeout=duration + 60)
        match = re.search(r"BENCH_JSON (\{.*\})", stdout)
        if process.returncode != 0 or not match:
            raise StackError(f"wrk failed on {url}:\n{stdout}{stderr}")
        results.append(json.loads(match.group(1)))
    return {
        "req_s": round(sum(r["requests"] / (r["duration_us"] / 1e6) for r in results), 1),
        "p50_ms": round(max(r["p50_us"] for r in results) / 1000, 2),
        "p95_ms": round(max(r["p95_us"] for r in results) / 1000, 2),
        "p99_ms": round(max(r["p99_us"] for r in results) / 1000, 2),
        "requests": sum(r["requests"] for r in results),
        "errors": sum(r["non_2xx_3xx"] + r["socket_errors"] for r in results),
    }


def varnish_counters(varnish: Varnish) -> dict[str, int]:
    result = subprocess.run(
        ["varnishstat", "-1", "-n", str(varnish.instance_dir), "-f", "MAIN.cache_*",
         "-f", "MAIN.backend_req", "-f", "MAIN.client_req"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    counters = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            counters[parts[0].removeprefix("MAIN.")] = int(parts[1])
    return counters


def access_count(apps: list[Gunicorn]) -> int:
    """Requests the app servers have logged (gunicorn writes one access line per request),
    not counting Varnish's health probes."""
    total = 0
    for app in apps:
        with open(app.log_path, "rb") as handle:
            total += sum(
                1 for line in handle if b" HTTP/1." in line and b'"GET /healthz ' not in line
            )
    return total


def _cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far: the scheduler's nanoseconds on the CPU, summed over
    its threads (`/proc/PID/task/*/schedstat`), or user + system time in clock ticks where the
    kernel keeps no schedstat. Ticks are 10 ms, sampled: 8 cold requests of a few tens of ms
    each were only a dozen ticks, a quarter of the figure up or down between runs."""
    total_ns, found = 0, False
    for schedstat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            total_ns += int(schedstat.read_text().split()[0])
            found = True
        except (OSError, ValueError, IndexError):
            continue
    if found:
        return total_ns / 1e9
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def session_pids(services: list[Service]) -> list[int]:
    """Every process of the services (each is started in its own session)."""
    sessions = {service.process.pid for service in services if service.process is not None}
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) in sessions:  # field 6 of stat: the session id
            pids.append(int(stat.parent.name))
    return pids


class ServiceCpu:
    """CPU milliseconds per request used by the processes of some services (Varnish for the
    cached rows, nginx for the ceiling)."""

    def __init__(self, services: list[Service]):
        self.services = services

    def start(self) -> None:
        self.before = {pid: _cpu_seconds(pid) for pid in session_pids(self.services)}

    def stop(self, requests: int) -> float:
        spent = sum(
            _cpu_seconds(pid) - self.before.get(pid, 0.0) for pid in session_pids(self.services)
        )
        return round(max(spent, 0.0) * 1000 / max(requests, 1), 3)


def app_pids(apps: list[Gunicorn]) -> list[int]:
    """The gunicorn workers (the master's children)."""
    pids = []
    for app in apps:
        if app.process is None:
            continue
        for task in Path(f"/proc/{app.process.pid}/task").glob("*/children"):
            pids.extend(int(pid) for pid in task.read_text().split())
    return pids


def postgres_pids(database_url: str) -> list[int]:
    """The PostgreSQL backends serving the bench database (same machine)."""
    import psycopg

    dbname = database_url.rsplit("/", 1)[1]
    with psycopg.connect(database_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [dbname],
        ).fetchall()
    return [row[0] for row in rows]


class CpuMeter:
    """CPU milliseconds per request spent in the app workers and in PostgreSQL.

    Wall-clock rates on a shared machine depend on what else runs; CPU time per request does
    not, and it gives the rate a quiet machine would reach (cores / CPU time per request).
    """

    def __init__(self, apps: list[Gunicorn], database_url: str):
        self.apps = apps
        self.database_url = database_url

    def start(self) -> None:
        self.app_pids = app_pids(self.apps)
        self.pg_pids = postgres_pids(self.database_url)
        self.app_before = {pid: _cpu_seconds(pid) for pid in self.app_pids}
        self.pg_before = {pid: _cpu_seconds(pid) for pid in self.pg_pids}

    def stop(self, requests: int) -> dict:
        # Backends opened during the run count from zero. Backends closed during it (a
        # connection reaches CONN_MAX_AGE) took their CPU time with them: the figure is then
        # a lower bound, and says so.
        now = set(postgres_pids(self.database_url))
        gone = [pid for pid in self.pg_pids if pid not in now]
        app = sum(_cpu_seconds(pid) - self.app_before.get(pid, 0.0) for pid in self.app_pids)
        pg = sum(_cpu_seconds(pid) - self.pg_before.get(pid, 0.0) for pid in now)
        per = 1000 / max(requests, 1)
        return {
            "app_cpu_ms": round(app * per, 2),
            "db_cpu_ms": round(max(pg, 0.0) * per, 2),
            "db_cpu_lower_bound": bool(gone),
        }


def settle(apps: list[Gunicorn], quiet: float = 1.0, timeout: float = 60.0) -> int:
    """Wait until the app servers have answered everything queued; their access count.

    When wrk stops, requests still queued in gunicorn's backlog are answered afterwards;
    counted during the next (cached) run they would look like cache misses.
    """
    deadline = time.monotonic() + timeout
    count = access_count(apps)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = access_count(apps)
        if now == count:
            return now
        count = now
    return count


def measure_ceiling(nginx: Nginx, duration: int, script: Path) -> dict:
    cpu = ServiceCpu([nginx])
    cpu.start()
    result = wrk(nginx.url, duration, script)
    result["cpu_ms"] = cpu.stop(result["requests"])
    return result


def one_at_a_time(
    url: str, apps: list[Gunicorn], meter: CpuMeter, before_each, prefix: str
) -> dict:
    """COLD_REQUESTS requests one at a time, `before_each()` right before each, with the CPU
    per request of the workers and PostgreSQL; figures named `<prefix>_...`."""
    timings, statuses = [], []
    served_before = settle(apps, quiet=0.3)
    meter.start()
    for _ in range(COLD_REQUESTS):
        before_each()
        began = time.monotonic()
        status, _body, _headers = fetch(url)
        timings.append((time.monotonic() - began) * 1000)
        statuses.append(status)
    cpu = meter.stop(settle(apps, quiet=0.3) - served_before)
    timings.sort()
    return {
        f"{prefix}_requests": COLD_REQUESTS,
        f"{prefix}_p50_ms": round(timings[len(timings) // 2], 1),
        f"{prefix}_app_cpu_ms": cpu["app_cpu_ms"],
        f"{prefix}_db_cpu_ms": cpu["db_cpu_ms"],
        f"{prefix}_cpu_ms": round(cpu["app_cpu_ms"] + cpu["db_cpu_ms"], 2),
        f"{prefix}_errors": sum(1 for status in statuses if status != 200),
    }


def measure_cold(url: str, apps: list[Gunicorn], meter: CpuMeter, redis_url: str) -> dict:
    """Each request right after the app's caches are flushed (the Redis db: cached site,
    sections, counts, fragments, Wagtail's site root paths), as after a deploy or a Redis
    restart. The workers' own memory (compiled templates, URL resolvers) stays warm."""
    return one_at_a_time(url, apps, meter, lambda: flush_redis(redis_url), "cold")


def measure_after_news(
    url: str, apps: list[Gunicorn], meter: CpuMeter, redis_url: str, counters: list[str]
) -> dict:
    """Each request right after another news item was published, as far as the app's caches
    know (its counters incremented, as `sitewide.fragments.forget` does): what a crawler costs
    per page after an editor's publish purged every listing and article."""
    import redis

    client = redis.Redis.from_url(redis_url)

    def publish() -> None:
        for counter in counters:
            client.incr(counter)

    return one_at_a_time(url, apps, meter, publish, "after_news")


def measure(
    targets: list[dict],
    apps: list[Gunicorn],
    varnish: Varnish,
    nginx: Nginx,
    duration: int,
    workdir: Path,
    database_url: str,
    redis_url: str,
) -> tuple[list[dict], list[dict], dict]:
    """(ceiling samples, one row per target and mode, the one-client search)."""
    visitors = workdir / "visitors.lua"
    visitors.write_text(LUA_VISITORS + LUA_DONE)
    plain = workdir / "plain.lua"
    plain.write_text(LUA_DONE)

    # One 8-second sample can fall into someone else's load spike: a second one halfway
    # through. Both are reported; ratios are to the higher.
    ceilings = [measure_ceiling(nginx, duration, plain)]
    log(f"ceiling (nginx static article): {ceilings[0]['req_s']:.0f} req/s")
    halfway = len(targets) // 2
    rows = []
    direct = apps[0].url
    meter = CpuMeter(apps, database_url)
    varnish_cpu = ServiceCpu([varnish])
    for index, target in enumerate(targets):
        if index == halfway:
            ceilings.append(measure_ceiling(nginx, duration, plain))
            log(f"ceiling again: {ceilings[-1]['req_s']:.0f} req/s")
        script = visitors if target["name"].startswith("search") else plain
        for cached in (True, False):
            base = varnish.url if cached else direct
            url = base + target["url"]
            # Warm-up: fills Varnish and the workers' per-process caches.
            for _ in range(3):
                status, body, headers = fetch(url)
                if not cached:
                    for app in apps[1:]:
                        fetch(app.url + target["url"])
            if cached:
                before = varnish_counters(varnish), settle(apps)
                varnish_cpu.start()
                result = wrk(url, duration, script)
                cache_cpu_ms = varnish_cpu.stop(result["requests"])
            else:
                # Every app server at once (the uncached load spreads over all of them).
                served_before = settle(apps)
                meter.start()
                result = wrk_parallel([app.url + target["url"] for app in apps], duration, script)
                # Requests still queued when wrk stops are answered (and use CPU) afterwards,
                # so the CPU is divided by what the servers logged, not by what wrk counted.
                cpu = meter.stop(settle(apps) - served_before)
            row = {
                "name": target["name"],
                "url": target["url"],
                "cached": cached,
                "req_s": result["req_s"],
                "p50_ms": result["p50_ms"],
                "p95_ms": result["p95_ms"],
                "p99_ms": result["p99_ms"],
                "bytes": len(body),
                "queries": target["queries"],
                "status": status,
                "requests": result["requests"],
                "errors": result["errors"],
            }
            if cached:
                row["cache_cpu_ms"] = cache_cpu_ms
            else:
                row.update(cpu)
                row["cpu_ms"] = round(cpu["app_cpu_ms"] + cpu["db_cpu_ms"], 2)
                row["quiet_machine_req_s_estimate"] = round(
                    (os.cpu_count() or 1) * 1000 / max(row["cpu_ms"], 0.01), 1
                )
                row.update(measure_cold(url, apps, meter, redis_url))
                for _ in range(3):  # warm again
                    fetch(url)
                row.update(
                    measure_after_news(url, apps, meter, redis_url, target["news_publish_counters"])
                )
                for _ in range(3):  # warm again for whoever comes next
                    fetch(url)
            if cached:
                after = varnish_counters(varnish), settle(apps)
                row["backend_requests"] = after[0].get("backend_req", 0) - before[0].get(
                    "backend_req", 0
                )
                row["reached_django"] = after[1] - before[1]
                row["x_cache"] = headers.get("X-Cache", "")
            rows.append(row)
            log(
                f"  {target['name']:<11} {'cached' if cached else 'direct':<7}"
                f"{row['req_s']:>9.1f} req/s  p50 {row['p50_ms']:>7.2f} ms  "
                f"p99 {row['p99_ms']:>7.2f} ms  errors {row['errors']}"
                + (
                    f"  reached Django {row['reached_django']}  Varnish CPU "
                    f"{row['cache_cpu_ms']} ms/req"
                    if cached
                    else f"  CPU warm {row['app_cpu_ms']}+{row['db_cpu_ms']}, cold "
                    f"{row['cold_app_cpu_ms']}+{row['cold_db_cpu_ms']}, after a news publish "
                    f"{row['after_news_app_cpu_ms']}+{row['after_news_db_cpu_ms']} ms/req"
                )
            )
    ceiling = max(sample["req_s"] for sample in ceilings)
    for row in rows:
        row["ratio"] = round(row["req_s"] / ceiling, 5)
    # Response time of one search at a time: wrk -c8 on 2 workers mostly measures the queue.
    search_tag = next(t for t in targets if t["name"] == "search_tag")
    single = wrk(direct + search_tag["url"], duration, visitors, threads=1, connections=1)
    single["url"] = search_tag["url"]
    log(
        f"  search_tag  one client: p50 {single['p50_ms']} ms, p95 {single['p95_ms']} ms, "
        f"p99 {single['p99_ms']} ms"
    )
    searches = bench_search.one_client(wrk, direct, targets, duration, visitors, log)
    return ceilings, rows, single, searches


def failures(report: dict) -> list[str]:
    """Why the run does not count: wrk saw errors or non-2xx answers, or a page was not 200."""
    out = []
    for sample in report["ceiling_samples"]:
        if sample["errors"]:
            out.append(f"ceiling: wrk reported {sample['errors']} errors")
    for row in report["targets"]:
        mode = "cached" if row["cached"] else "uncached"
        if row["errors"]:
            out.append(f"{row['name']} {mode}: wrk reported {row['errors']} errors or non-2xx")
        if row["status"] != 200:
            out.append(f"{row['name']} {mode}: answered {row['status']}")
        if row.get("cold_errors"):
            out.append(f"{row['name']} cold: {row['cold_errors']} answers were not 200")
        if row.get("after_news_errors"):
            out.append(
                f"{row['name']} after a news publish: {row['after_news_errors']} answers "
                "were not 200"
            )
    single = report.get("search_tag_one_client") or {}
    if single.get("errors"):
        out.append(f"search_tag one client: wrk reported {single['errors']} errors")
    return out


def after_news(row: dict) -> str:
    if "after_news_app_cpu_ms" not in row:  # results of runs before this figure existed
        return ""
    return f"{row['after_news_app_cpu_ms']:.1f}+{row['after_news_db_cpu_ms']:.1f}"


def table(report: dict) -> str:
    """One line per target: through Varnish, then straight at gunicorn (warm and cold)."""
    samples = ", ".join(f"{sample['req_s']:.0f}" for sample in report["ceiling_samples"])
    ceiling_cpu = ", ".join(f"{sample['cpu_ms']:.3f}" for sample in report["ceiling_samples"])
    lines = [
        f"Scale {report['scale']}, {report['date']}, {report['app_servers']} app server(s) x "
        f"{report['workers']} workers; ceiling (nginx, static article) measured twice: "
        f"{samples} req/s (nginx CPU {ceiling_cpu} ms/req; ratios use the higher); "
        f"load average at the end {report['machine']['load_average_at_end'][0]}",
        "",
        "| target | KB | SQL | cached req/s | % of ceiling | Varnish CPU ms/req | reached Django "
        "| uncached req/s | p50 ms | p99 ms | % of ceiling | warm CPU ms/req app+db "
        "| cold CPU ms/req app+db | cold p50 ms | after a news publish CPU ms/req app+db "
        "| errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = {(row["name"], row["cached"]): row for row in report["targets"]}
    for name in dict.fromkeys(row["name"] for row in report["targets"]):
        cached, direct = rows[(name, True)], rows[(name, False)]
        lines.append(
            f"| {name} | {direct['bytes'] / 1024:.0f} | {direct['queries']} | "
            f"{cached['req_s']:.0f} | {cached['ratio'] * 100:.1f} | "
            f"{cached.get('cache_cpu_ms', 0):.3f} | {cached.get('reached_django', '')} | "
            f"{direct['req_s']:.1f} | {direct['p50_ms']:.0f} | {direct['p99_ms']:.0f} | "
            f"{direct['ratio'] * 100:.3f} | "
            f"{direct['app_cpu_ms']:.1f}+{direct['db_cpu_ms']:.1f} | "
            f"{direct['cold_app_cpu_ms']:.1f}+{direct['cold_db_cpu_ms']:.1f} | "
            f"{direct['cold_p50_ms']:.0f} | {after_news(direct)} | "
            f"{cached['errors'] + direct['errors']} |"
        )
    single = report.get("search_tag_one_client")
    if single:
        lines.append("")
        lines.append(
            f"Search with a keyword filter, one client at a time: p50 {single['p50_ms']:.0f} ms, "
            f"p95 {single['p95_ms']:.0f} ms, p99 {single['p99_ms']:.0f} ms."
        )
    return "\n".join(lines)


def reference_10k(scale: int) -> dict | None:
    """The committed 10k result to compare a larger scale with."""
    path = RESULTS_DIR / "latest.json"
    if scale == DEFAULT_SCALE or not path.exists():
        return None
    try:
        return json.loads(path.read_text())
    except ValueError:
        return None


def goals(report: dict, reference: dict | None = None) -> list[str]:
    """Issue 14's goals, each with the measured figure (search pages are issue 12's)."""
    rows = {(row["name"], row["cached"]): row for row in report["targets"]}
    pages = [name for (name, cached) in rows if not cached and not name.startswith("search")]
    out = []
    for (name, cached), row in rows.items():
        if cached:
            ok = row.get("reached_django") == 0
            out.append(
                f"{'MET ' if ok else 'MISS'} cached {name}: {row.get('reached_django')} "
                f"requests reached Django (goal 0), {row['ratio'] * 100:.1f} % of ceiling"
            )
    reference_rows = {
        row["name"]: row for row in (reference or {}).get("targets", []) if not row["cached"]
    }
    for name in pages:
        row = rows[(name, False)]
        warm, cold = row["cpu_ms"], row["cold_cpu_ms"]
        out.append(
            f"{'MET ' if warm <= GOAL_WARM_CPU_MS else 'MISS'} uncached {name} warm: "
            f"{warm:.1f} ms CPU per request (goal <= {GOAL_WARM_CPU_MS:.0f})"
        )
        out.append(
            f"{'MET ' if cold <= GOAL_COLD_CPU_MS else 'MISS'} uncached {name} cold: "
            f"{cold:.1f} ms CPU per request (goal <= {GOAL_COLD_CPU_MS:.0f})"
        )
        if name in reference_rows and reference_rows[name].get("cpu_ms"):
            factor = warm / reference_rows[name]["cpu_ms"]
            out.append(
                f"{'MET ' if factor <= GOAL_100K_OVER_10K else 'MISS'} uncached {name} at "
                f"{report['scale']}: {factor:.2f} x the 10k figure "
                f"({reference_rows[name]['cpu_ms']:.1f} ms, {reference['date']}; goal <= "
                f"{GOAL_100K_OVER_10K}; different runs, so different machine load)"
            )
        if "after_news_cpu_ms" in row:
            out.append(
                f"INFO uncached {name} after a news publish: {row['after_news_cpu_ms']:.1f} ms "
                "CPU per request"
            )
        out.append(
            f"{'MET ' if row['queries'] <= GOAL_MAX_QUERIES else 'MISS'} {name}: "
            f"{row['queries']} SQL queries (goal <= {GOAL_MAX_QUERIES})"
        )
    single = report["search_tag_one_client"]
    out.append(
        f"INFO uncached search with keyword filter: p95 {single['p95_ms']} ms one client at a "
        "time (issue 12)"
    )
    return out


def check_tools() -> None:
    missing = [tool for tool in ("wrk", "varnishd", "varnishstat", "nginx") if not (
        shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()
    )]  # fmt: skip
    if missing:
        raise SystemExit(
            f"Missing: {', '.join(missing)}. Install with: sudo apt-get install wrk varnish "
            "varnish-modules nginx-light"
        )


def main(argv: list[str] | None = None) -> int:
    env = os.environ
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=int(env.get("SCALE", DEFAULT_SCALE)))
    parser.add_argument("--app-servers", type=int, default=int(env.get("APP_SERVERS", "1")))
    parser.add_argument("--duration", type=int, default=int(env.get("DURATION", "8")))
    parser.add_argument("--workers", type=int, default=int(env.get("WORKERS", "2")))
    parser.add_argument("--threads", type=int, default=int(env.get("THREADS", "1")))
    parser.add_argument("--rebuild", action="store_true", default=env.get("REBUILD") == "1")
    # The search index is rebuilt (and timed) by default: the bench databases are shared between
    # branches. REINDEX=0 reuses it, e.g. for a second run on the same code.
    parser.add_argument(
        "--no-reindex", dest="reindex", action="store_false", default=env.get("REINDEX") != "0"
    )
    parser.add_argument(
        "--postgres", default=env.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--redis", default=env.get("BENCH_REDIS", "redis://127.0.0.1:6379/7"))
    parser.add_argument("--keep-logs", action="store_true")
    parser.add_argument(
        "--admin-samples",
        type=int,
        default=int(env.get("ADMIN_SAMPLES", bench_admin.ADMIN_SAMPLES)),
        help="requests per admin target (one moderator at a time)",
    )
    options = parser.parse_args(argv)
    if options.scale not in range(1, 1_000_001) or options.app_servers not in (1, 2):
        parser.error("--scale must be 1..1000000 and --app-servers 1 or 2")
    check_tools()
    exit_on_sigterm()
    started = time.monotonic()

    database_url, fill_timings = prepare_database(options.postgres, options.scale, options.rebuild)
    if options.reindex:
        fill_timings.update(bench_search.rebuild_index(manage, production_env(database_url)))
        log(f"Search index rebuilt in {fill_timings['search_index_s']} s.")
    else:
        fill_timings["search_index"] = "reused (REINDEX=0): rebuilt before this run"
        migrate(production_env(database_url))
    flush_redis(options.redis)
    workdir = make_workdir("osallisuus-bench-")
    varnish_port, varnish_purge_port = free_port(), free_port()
    app_env = production_env(
        database_url, options.redis, [f"http://{HOST}:{varnish_purge_port}"], media_root=workdir
    )
    manage(app_env, "collectstatic", "--noinput", "-v0")
    targets = json.loads(manage(app_env, "bench_targets", "--host", HOST))
    for target in targets:
        if target["status"] != 200:
            raise StackError(f"{target['url']} answered {target['status']} in-process")

    ok = False
    services: list[Service] = []
    try:
        apps = []
        for _ in range(options.app_servers):
            app = Gunicorn(workdir, app_env, workers=options.workers, threads=options.threads)
            app.__enter__()
            services.append(app)
            apps.append(app)
        varnish = Varnish(
            workdir, [app.port for app in apps], port=varnish_port, purge_port=varnish_purge_port
        )
        varnish.__enter__()
        services.append(varnish)
        wait_for_http(varnish.url + "/healthz", timeout=30, expect=None)
        article = next(t for t in targets if t["name"] == "article")
        status, html, _headers = fetch(apps[0].url + article["url"])
        nginx = Nginx(workdir, html)
        nginx.__enter__()
        services.append(nginx)
        log(
            f"Measuring {len(targets)} targets x 2 for {options.duration} s each "
            f"({options.app_servers} app server(s), {options.workers} workers, "
            f"{options.threads} thread(s))"
        )
        ceilings, rows, single, searches = measure(
            targets, apps, varnish, nginx, options.duration, workdir, database_url, options.redis
        )
        # Last: the admin's publishes purge every listing and article.
        password = secrets.token_urlsafe(24)
        admin_spec = json.loads(manage(app_env, "bench_admin_targets", "--password", password))
        log(f"Admin targets, one moderator, {options.admin_samples} requests each:")
        admin_rows = bench_admin.measure(
            apps[0].url,
            admin_spec,
            password,
            samples=options.admin_samples,
            meter=CpuMeter(apps, database_url),
            log=log,
        )
        ok = True
    finally:
        for service in reversed(services):
            service.__exit__(None, None, None)
        if ok and not options.keep_logs:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"Logs kept in {workdir}")

    today = datetime.date.today().isoformat()
    report = {
        "date": today,
        "scale": options.scale,
        "ceiling_req_s": max(sample["req_s"] for sample in ceilings),
        "ceiling_samples": ceilings,
        "app_servers": options.app_servers,
        "workers": options.workers,
        "threads": options.threads,
        "duration_s": options.duration,
        "wrk": f"wrk -t2 -c8 --timeout={WRK_TIMEOUT_S}s --latency",
        "cold": f"{COLD_REQUESTS} requests one at a time, Redis db flushed before each",
        "after_news": f"{COLD_REQUESTS} requests one at a time, each after the app's caches "
        "were told another news item was published",
        "shared_machine": "other engineers' test suites ran during the run: compare ratios "
        "and CPU per request within one run",
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
        },
        "fill": fill_timings,
        "queries_counted": "in-process Django test Client + CaptureQueriesContext, "
        "second request to each URL, production settings, same database",
        "targets": rows,
        "search_tag_one_client": single,
        "search_one_client": searches,
        "admin": admin_rows,
        "admin_measured": "one logged-in moderator over HTTP straight at gunicorn, "
        "one request at a time; publish purges Varnish and updates the search index",
        "sql": {t["name"]: t["sql"] for t in targets},
        "run_seconds": round(time.monotonic() - started, 1),
    }
    reference = reference_10k(options.scale)
    report["goals"] = (
        goals(report, reference)
        + bench_search.goals(report, reference)
        + bench_admin.goals(admin_rows, options.scale)
    )
    report["failures"] = failures(report) + bench_admin.failures(admin_rows)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    suffix = "" if options.app_servers == 1 else f"-{options.app_servers}apps"
    if options.threads != 1:
        suffix += f"-{options.threads}threads"
    paths = [RESULTS_DIR / f"{today}-{options.scale}{suffix}.json"]
    if not suffix:
        paths.append(
            RESULTS_DIR
            / ("latest.json" if options.scale == DEFAULT_SCALE else f"latest-{options.scale}.json")
        )
    for path in paths:
        path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    log("")
    log(table(report))
    log("")
    log(bench_admin.table(admin_rows))
    log("")
    log("\n".join(report["goals"]))
    log(f"\nWritten: {', '.join(str(p.relative_to(REPO_DIR)) for p in paths)}")
    log(f"Run took {report['run_seconds']:.0f} s.")
    if report["failures"]:
        log("\nFAILED: wrk saw errors, so these figures do not count:")
        log("\n".join(f"  {failure}" for failure in report["failures"]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
