"""Load test and fault drills against the production stack on this machine.

    python -m ops.loadtest                # make loadtest: 50 clients, 60 s, no errors, p99 < 500 ms
    python -m ops.loadtest --drill db       # make drill-db: PostgreSQL down for 10 s mid-run
    python -m ops.loadtest --drill redis    # make drill-redis: Redis down for 10 s mid-run

Clients browse, search and sign up to networks like browsers do; each client alternates
between Varnish and gunicorn directly, so half the requests bypass the front cache. Each client
has its own address in X-Forwarded-For (the stack trusts 127.0.0.1 as a proxy), so the
per-address rate limits apply to each client as they would to real visitors, and clients stay
within them as people do. Sign-ups use distinct addresses; afterwards the database is counted:
every sign-up the client saw confirmed must be stored exactly once. Environment: DURATION (s),
CLIENTS, WORKERS, OUTAGE_AT, OUTAGE_SECONDS, THINK_MS (mean pause between a client's actions;
0 = none, the default), OPS_VCL (another VCL file to try).
"""

from __future__ import annotations

import argparse
import collections
import http.client
import os
import random
import re
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .stack import Stack

USER_AGENT = "osallisuus-loadtest/1"
# The 503 page's heading in each language (templates/503.html and locale/).
OUTAGE_TEXTS = (
    "Palvelu on hetken poissa käytöstä",
    "Tjänsten är tillfälligt ur bruk",
    "The service is briefly unavailable",
)
TRACEBACK_MARKERS = ("Traceback (most recent call last)", "Exception Value:")
SKIPPED_PREFIXES = ("/admin", "/static/", "/media/", "/documents/", "/django-admin")
SKIPPED_SUFFIXES = (".ics", ".xml", ".rss", ".atom", ".vcf", "/rss/", "/atom/", "/ical/")
SEARCH_WORDS = ["osallisuus", "sote", "verkosto", "järjestö", "nuoret", "hyvinvointi", "kokous",
                "vammaisneuvosto", "ikäihmiset", "asukas", "koulutus", "xyzzy"]  # fmt: skip
# Per-client budgets below the site's limits (search 60/min, sign-up posts 5/10 min):
# a sign-up may need retries, so each client starts at most two.
# The goal of `make loadtest` (issue 14): every request, cached or not, within this at p99.
P99_GOAL_MS = 500
SEARCHES_PER_MINUTE = 40
SIGNUPS_PER_CLIENT = 2
SIGNUP_POSTS_PER_CLIENT = 5


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


def fetch(
    base: str,
    path: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30.0,
) -> Response:
    """One request, no redirects followed; status 0 is a connection failure."""
    url = urllib.parse.urlsplit(base)
    started = time.perf_counter()
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        connection.request(
            method, path, body=body, headers={"User-Agent": USER_AGENT, **(headers or {})}
        )  # noqa: E501
        raw = connection.getresponse()
        data = raw.read()
        response_headers = {key.lower(): value for key, value in raw.getheaders()}
        cookies = [value for key, value in raw.getheaders() if key.lower() == "set-cookie"]
        if cookies:
            response_headers["set-cookie"] = "\n".join(cookies)
        text = data.decode("utf-8", "replace")
        return Response(raw.status, response_headers, text, time.perf_counter() - started)
    except (OSError, http.client.HTTPException) as error:
        return Response(0, {}, f"{type(error).__name__}: {error}", time.perf_counter() - started)
    finally:
        connection.close()


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def site_links(html: str) -> list[str]:
    parser = LinkParser()
    parser.feed(html)
    links = []
    for href in parser.links:
        parts = urllib.parse.urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue
        if parts.path.startswith(SKIPPED_PREFIXES) or parts.path.endswith(SKIPPED_SUFFIXES):
            continue
        links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


class SignupFormParser(HTMLParser):
    """The sign-up form's action, hidden inputs and first region or type choice."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.in_select = False
        self.action: str | None = None
        self.hidden: dict[str, str] = {}
        self.choice: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "signup-form" in (attrs.get("class") or ""):
            self.in_form, self.action = True, attrs.get("action") or ""
        elif self.in_form and tag == "input" and attrs.get("type") == "hidden":
            self.hidden[attrs.get("name") or ""] = attrs.get("value") or ""
        elif self.in_form and tag == "select" and attrs.get("name") == "region_or_type":
            self.in_select = True
        elif self.in_select and tag == "option" and attrs.get("value") and self.choice is None:
            self.choice = attrs["value"]

    def handle_endtag(self, tag):
        if tag == "select":
            self.in_select = False
        elif tag == "form":
            self.in_form = False


def cookie_value(set_cookie: str, name: str) -> str | None:
    match = re.search(rf"(?:^|\n){name}=([^;]*)", set_cookie or "")
    return match.group(1) if match else None


# ---------------------------------------------------------------------------------------------
# Discovery


@dataclass
class Site:
    pages: list[str]
    keyword_pages: list[str]
    tags: list[str]
    signup_pages: list[str]


def discover(base: str, limit: int = 400) -> Site:
    """Crawl the public site from the home page: pages to browse, tags, open sign-up forms."""
    queue, seen, pages, signups = collections.deque(["/", "/asiasanat/"]), set(), [], []
    while queue and len(seen) < limit:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = fetch(base, path)
        if response.status != 200 or "text/html" not in response.headers.get("content-type", ""):
            continue
        pages.append(path)
        if 'class="signup-form"' in response.body:
            signups.append(path)
        for link in site_links(response.body):
            # Paginated, filtered and search URLs multiply without end; the load varies them.
            if "?" not in link and link not in seen:
                queue.append(link)
    keyword_pages = [p for p in pages if re.fullmatch(r"/asiasanat/[^/]+/", p)]
    tags = [p.rstrip("/").rsplit("/", 1)[1] for p in keyword_pages]
    return Site(pages, keyword_pages, tags, signups)


# ---------------------------------------------------------------------------------------------
# Clients


@dataclass
class Record:
    started: float
    kind: str
    via: str
    status: int
    seconds: float
    cache: str = ""
    friendly: bool = False
    traceback: bool = False
    path: str = ""


@dataclass
class Results:
    records: list[Record] = field(default_factory=list)
    confirmed: set[str] = field(default_factory=set)
    attempted: set[str] = field(default_factory=set)
    resubmits: int = 0
    samples: dict[tuple[str, int], str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, record: Record) -> None:
        with self.lock:
            self.records.append(record)


class Client(threading.Thread):
    def __init__(self, number: int, bases: dict[str, str], site: Site, results: Results,
                 deadline: float, run_id: str, t0: float):  # fmt: skip
        super().__init__(daemon=True, name=f"client-{number}")
        self.number = number
        self.bases = bases
        self.via = "direct"
        self.base = bases[self.via]
        self.site = site
        self.results = results
        self.deadline = deadline
        self.run_id = run_id
        self.t0 = t0
        self.random = random.Random(number)
        self.address = f"10.{number // 250}.{number % 250}.{1 + number % 200}"
        self.searches: collections.deque[float] = collections.deque()
        self.signups_started = 0
        self.signup_posts = 0
        self.think = float(os.environ.get("THINK_MS", "0")) / 1000

    def get(self, path: str, kind: str, **kwargs) -> Response:
        return self.request(path, kind, **kwargs)

    def request(self, path: str, kind: str, method: str = "GET", body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:  # fmt: skip
        all_headers = {"X-Forwarded-For": self.address, "Accept-Language": "fi", **(headers or {})}
        started = time.monotonic()
        response = fetch(self.base, path, method, body, all_headers)
        cache = response.headers.get("x-cache", "")
        if not cache and response.headers.get("age", "0") not in ("", "0"):
            cache = "HIT"
        record = Record(
                started - self.t0, kind, self.via, response.status, response.seconds, cache,
                friendly=response.status == 503 and any(t in response.body for t in OUTAGE_TEXTS),
                traceback=any(marker in response.body for marker in TRACEBACK_MARKERS),
                path=path,
        )  # fmt: skip
        self.results.add(record)
        if response.status not in (200, 301, 302, 303) and not record.friendly:
            with self.results.lock:
                self.results.samples.setdefault((self.via, response.status), response.body)
        return response

    def run(self) -> None:
        while time.monotonic() < self.deadline:
            # Every other action bypasses the front cache, so half the requests reach the app.
            self.via = "varnish" if self.via == "direct" else "direct"
            self.base = self.bases[self.via]
            roll = self.random.random()
            if roll < 0.12 and self.can_sign_up():
                self.sign_up()
            elif roll < 0.30 and self.can_search():
                self.search()
            else:
                self.browse()
            if self.think:
                time.sleep(self.random.expovariate(1 / self.think))

    def browse(self) -> None:
        pool = self.site.keyword_pages if self.random.random() < 0.1 else self.site.pages
        self.get(self.random.choice(pool or self.site.pages), "browse")

    def can_search(self) -> bool:
        now = time.monotonic()
        while self.searches and now - self.searches[0] > 60:
            self.searches.popleft()
        return len(self.searches) < SEARCHES_PER_MINUTE

    def search(self) -> None:
        self.searches.append(time.monotonic())
        params = [("q", self.random.choice(SEARCH_WORDS))]
        if self.site.tags and self.random.random() < 0.4:
            params.append(("tag", self.random.choice(self.site.tags)))
        self.get("/haku/?" + urllib.parse.urlencode(params), "search")

    def can_sign_up(self) -> bool:
        return bool(self.site.signup_pages) and self.signups_started < SIGNUPS_PER_CLIENT

    def sign_up(self) -> None:
        """Like a person: load the form, send it, and resend after an error until confirmed."""
        self.signups_started += 1
        email = f"load-{self.run_id}-{self.number}-{self.signups_started}@example.org"
        with self.results.lock:
            self.results.attempted.add(email)
        page = self.random.choice(self.site.signup_pages)
        attempt = 0
        while time.monotonic() < self.deadline and self.signup_posts < SIGNUP_POSTS_PER_CLIENT:
            attempt += 1
            if attempt > 1:
                with self.results.lock:
                    self.results.resubmits += 1
            outcome = self.submit_once(page, email)
            if outcome == "confirmed":
                with self.results.lock:
                    self.results.confirmed.add(email)
                return
            if outcome == "closed":
                return
            time.sleep(outcome if isinstance(outcome, float) else 1.0)

    def submit_once(self, page: str, email: str) -> str | float:
        form_page = self.get(page, "signup-form")
        if form_page.status != 200:
            return retry_delay(form_page)
        parser = SignupFormParser()
        parser.feed(form_page.body)
        if parser.action is None:
            return "closed"
        fields = {
            **parser.hidden,
            "name": f"Kuormitus Testaaja {self.number}",
            "organisation": "Kuormitustesti ry",
            "email": email,
            "region_or_type": parser.choice or "",
            "message": "Kuormitustesti",
            "consent": "on",
            "website": "",
        }
        origin = self.base
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + page,
            "Sec-Fetch-Site": "same-origin",
        }
        token = cookie_value(form_page.headers.get("set-cookie", ""), "csrftoken")
        if token:
            headers["Cookie"] = f"csrftoken={token}"
        action = urllib.parse.urlsplit(parser.action).path or page
        self.signup_posts += 1
        posted = self.request(
            action, "signup-post", "POST", urllib.parse.urlencode(fields).encode(), headers
        )
        if posted.status not in (301, 302, 303):
            return retry_delay(posted)
        location = urllib.parse.urlsplit(posted.headers.get("location", "")).path
        if "/ilmoittautuminen/" not in location:
            return 1.0
        thanks = self.get(location, "signup-thanks")
        return "confirmed" if thanks.status == 200 else retry_delay(thanks)


def retry_delay(response: Response) -> float:
    """What a patient visitor waits before trying again: Retry-After, within reason."""
    try:
        return min(float(response.headers.get("retry-after", "2")), 10.0)
    except ValueError:
        return 2.0


# ---------------------------------------------------------------------------------------------
# Reporting


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def stored_signups(stack: Stack, run_id: str) -> collections.Counter:
    rows = stack.postgres.psql(
        f"SELECT lower(email), count(*) FROM network_signup "
        f"WHERE email LIKE 'load-{run_id}-%' GROUP BY lower(email)",
        dbname="osallisuus",
    )
    counter: collections.Counter = collections.Counter()
    for line in rows.splitlines():
        if "|" in line:
            email, count = line.rsplit("|", 1)
            counter[email] = int(count)
    return counter


def lost_and_doubled(
    confirmed: set[str], stored: collections.Counter
) -> tuple[list[str], list[str]]:
    """Sign-ups a client saw confirmed that the database lacks, and addresses stored more than
    once; `stored` counts lower-cased addresses (stored_signups), so case does not matter."""
    lost = sorted({email.lower() for email in confirmed} - set(stored))
    doubled = sorted(email for email, count in stored.items() if count > 1)
    return lost, doubled


def gunicorn_log_count(stack: Stack, text: str) -> int:
    return sum(app.log_path.read_text(errors="replace").count(text) for app in stack.apps)


# ---------------------------------------------------------------------------------------------
# Running


def prepare(stack: Stack) -> None:
    stack.manage("migrate", "--noinput")
    stack.manage("setup_site", "--hostname", "127.0.0.1", "--port", str(stack.varnish_port or 80))
    for command in ("load_demo_contacts", "load_demo_network", "load_demo_news"):
        stack.manage(command)
    stack.manage("collectstatic", "--noinput", "--verbosity", "0")
    stack.start_apps()


def outage(stack: Stack, drill: str, at: float, seconds: float, t0: float, marks: dict) -> None:
    time.sleep(max(0.0, at - (time.monotonic() - t0)))
    service = stack.postgres if drill == "db" else stack.redis
    print(f"[{time.monotonic() - t0:5.1f} s] stopping {drill}", flush=True)
    marks["down"] = time.monotonic() - t0
    service.stop()
    time.sleep(seconds)
    service.start()
    marks["up"] = time.monotonic() - t0
    print(f"[{marks['up']:5.1f} s] {drill} is back", flush=True)


def run(drill: str | None, duration: float, clients: int, workers: int) -> int:
    outage_at = float(os.environ.get("OUTAGE_AT", "15"))
    outage_seconds = float(os.environ.get("OUTAGE_SECONDS", "10"))
    run_id = f"{int(time.time()) % 100000}"
    load_before = os.getloadavg()[0]  # the machine's other work, before the stack starts
    with Stack(workers=workers) as stack:
        print(f"Preparing the stack in {stack.workdir} ...", flush=True)
        prepare(stack)
        bases = {"direct": stack.apps[0].url, "varnish": stack.varnish.url}
        site = discover(bases["direct"])
        print(
            f"Site: {len(site.pages)} pages, {len(site.keyword_pages)} keyword pages, "
            f"{len(site.signup_pages)} networks open for sign-up",
            flush=True,
        )
        if not site.signup_pages:
            print("FAIL: no network has an open sign-up form", file=sys.stderr)
            return 1
        # Warm the front cache the way earlier visitors would have.
        for path in site.pages:
            fetch(bases["varnish"], path, headers={"Accept-Language": "fi"})

        results, marks = Results(), {}
        t0 = time.monotonic()
        deadline = t0 + duration
        threads = [Client(n, bases, site, results, deadline, run_id, t0) for n in range(clients)]
        if drill:
            threads.append(
                threading.Thread(
                    target=outage,
                    args=(stack, drill, outage_at, outage_seconds, t0, marks),
                    daemon=True,
                )
            )
        marks["load_before"] = load_before
        plan = f", {drill} down at {outage_at:.0f} s for {outage_seconds:.0f} s" if drill else ""
        print(f"Running {clients} clients for {duration:.0f} s{plan}", flush=True)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(duration + outage_seconds + 120)
        elapsed = time.monotonic() - t0
        marks["load_after"] = os.getloadavg()[0]

        # Afterwards the database must be reachable for the count (and proves recovery).
        recovery = None
        if drill == "db":
            recovery = time_to_recover(bases["direct"], site.pages[0])
        stored = stored_signups(stack, run_id)
        return report(drill, results, stored, elapsed, marks, stack, recovery)


def time_to_recover(base: str, path: str, timeout: float = 60.0) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if fetch(base, path).status == 200:
            return time.monotonic() - started
        time.sleep(0.5)
    return None


def report(drill, results: Results, stored, elapsed, marks, stack, recovery) -> int:
    records = results.records
    statuses = collections.Counter(r.status for r in records)
    good = {200, 301, 302, 303}
    errors = {status: n for status, n in sorted(statuses.items()) if status not in good}
    times = [r.seconds * 1000 for r in records]
    confirmed = {e.lower() for e in results.confirmed}
    lost, doubled = lost_and_doubled(confirmed, stored)
    tracebacks = sum(r.traceback for r in records)

    print()
    print(f"requests      {len(records)} in {elapsed:.1f} s ({len(records) / elapsed:.0f}/s)")
    for via in ("varnish", "direct"):
        mine = [r.seconds * 1000 for r in records if r.via == via]
        hits = sum(r.cache == "HIT" for r in records if r.via == via)
        print(f"  {via:8} {len(mine):6} requests, p50 {percentile(mine, .5):6.0f} ms, "
              f"p99 {percentile(mine, .99):6.0f} ms" + (f", cache hits {hits}" if via == "varnish" else ""))  # noqa: E501  # fmt: skip
    print(f"latency       p50 {percentile(times, .5):.0f} ms, p99 {percentile(times, .99):.0f} ms,"
          f" max {max(times, default=0):.0f} ms")  # fmt: skip
    kinds = collections.Counter(r.kind for r in records)
    print("by kind       " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(
        "errors        "
        + (", ".join(f"{s or 'connection'}: {n}" for s, n in errors.items()) or "0")
    )  # noqa: E501
    print(f"tracebacks    {tracebacks}")
    print(f"emails        {stack.smtp.messages} coordinator notifications received by the sink")
    print(f"sign-ups      attempted {len(results.attempted)}, confirmed {len(confirmed)}, "
          f"stored {sum(1 for e in stored if e in {a.lower() for a in results.attempted})}, "
          f"lost {len(lost)}, doubled {len(doubled)}, resubmits {results.resubmits}")  # fmt: skip

    if "down" in marks:
        down, up = marks["down"], marks["up"]
        for label, low, high in (("before", 0, down), ("during", down, up), ("after", up, 1e9)):
            phase = [r for r in records if low <= r.started < high]
            ms = [r.seconds * 1000 for r in phase]
            bad = collections.Counter(f"{r.via} {r.status}" for r in phase if r.status not in good)
            print(f"  {label:7} {len(phase):6} requests, p50 {percentile(ms, .5):5.0f} ms, "
                  f"p99 {percentile(ms, .99):5.0f} ms, errors {dict(bad) or 0}")  # fmt: skip
    for (via, status), body in sorted(results.samples.items()):
        print(f"  sample {via} {status}: {' '.join(body.split())[:300]}")

    failures = []
    if lost:
        failures.append(f"lost sign-ups: {lost[:5]}")
    if doubled:
        failures.append(f"doubled sign-ups: {doubled[:5]}")
    if tracebacks:
        failures.append(f"{tracebacks} responses showed a traceback")

    if drill is None:
        if errors:
            failures.append(f"errors: {errors}")
        p99 = percentile(times, 0.99)
        if p99 >= P99_GOAL_MS:
            failures.append(f"p99 {p99:.0f} ms (goal < {P99_GOAL_MS} ms)")
    elif drill == "db":
        down, up = marks.get("down", 0), marks.get("up", 0)
        during = [r for r in records if down <= r.started <= up]
        friendly = sum(r.friendly for r in records)
        unfriendly_503 = sum(r.status == 503 and not r.friendly for r in records)
        cached = sum(r.status == 200 and r.cache == "HIT" for r in during if r.via == "varnish")
        late = [r for r in records if r.started > up + 5]
        late_errors = collections.Counter(r.status for r in late if r.status not in good)
        print(f"outage        {down:.1f}-{up:.1f} s: {len(during)} requests, friendly 503s "
              f"{friendly}, served from cache {cached}")  # fmt: skip
        back = [r.started + r.seconds for r in records
                if r.via == "direct" and r.status == 200 and r.started >= up]  # fmt: skip
        first = f"{min(back) - up:.1f} s after PostgreSQL was back" if back else "never in the run"
        print(
            f"recovery      first uncached 200 {first}; "
            + ("site answers after the run" if recovery is not None else "NO ANSWER after")
        )
        print(f"after +5 s    {len(late)} requests, errors {dict(late_errors) or 0}")
        other = {s: n for s, n in errors.items() if s != 503}
        if other:
            failures.append(f"errors other than 503: {other}")
        if unfriendly_503:
            failures.append(f"{unfriendly_503} 503 responses without the friendly page")
        if recovery is None or late_errors:
            failures.append("the site did not recover by itself")
        if not cached:
            failures.append("no cached page was served during the outage")
    elif drill == "redis":
        warnings = gunicorn_log_count(stack, "Rate limit cache unavailable")
        print(f"rate limit    {warnings} 'Rate limit cache unavailable' warnings in the app log "
              "(requests let through while Redis was down)")  # fmt: skip
        if errors:
            failures.append(f"errors: {errors}")

    if failures:
        for line in why(
            records, marks, os.cpu_count() or 1, gunicorn_log_count(stack, "WORKER TIMEOUT")
        ):
            print(f"why: {line}")
    return stack.verdict(failures)


# A machine this loaded before the stack starts makes a slow run say more about the machine than
# about the site.
BUSY_LOAD_PER_CPU = 1.5


def why(records: list[Record], marks: dict, cpus: int, worker_timeouts: int = 0) -> list[str]:
    """What a failed run's records say about its cause, most telling first: the machine's load,
    gunicorn's killed workers, where the slow and failed requests were."""
    lines = []
    before, after = marks.get("load_before", 0.0), marks.get("load_after", 0.0)
    if before > BUSY_LOAD_PER_CPU * cpus:
        lines.append(
            f"the machine was busy before the stack started (load {before:.1f} on {cpus} CPUs): "
            "the figures measure that other work too; run again on a quiet machine"
        )
    if after:
        lines.append(f"load at the end of the run {after:.1f} on {cpus} CPUs")
    if worker_timeouts:
        lines.append(f"gunicorn killed {worker_timeouts} workers that exceeded their timeout")
    connection = [r for r in records if r.status == 0]
    if connection:
        lines.append(
            f"{len(connection)} requests got no answer (refused or reset), the first at "
            f"{min(r.started for r in connection):.1f} s: a server stopped or its queue overflowed"
        )
    by_kind: dict[str, list[float]] = collections.defaultdict(list)
    for record in records:
        by_kind[f"{record.kind} via {record.via}"].append(record.seconds * 1000)
    if by_kind:
        slowest = sorted(by_kind.items(), key=lambda item: -percentile(item[1], 0.99))[:3]
        lines.append(
            "p99 by kind: "
            + ", ".join(f"{kind} {percentile(ms, 0.99):.0f} ms ({len(ms)})" for kind, ms in slowest)
        )
    slow = sorted(records, key=lambda r: -r.seconds)[:5]
    if slow:
        lines.append(
            "slowest: "
            + ", ".join(
                f"{r.path or r.kind} {r.seconds * 1000:.0f} ms at {r.started:.0f} s" for r in slow
            )
        )
    bad = collections.Counter((r.status, r.path) for r in records if r.status >= 400 and r.status)
    if bad:
        lines.append(
            "failed most: "
            + ", ".join(f"{status} {path} ×{n}" for (status, path), n in bad.most_common(5))
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drill", choices=["db", "redis"], help="take a service down mid-run")
    args = parser.parse_args()
    return run(
        args.drill,
        duration=float(os.environ.get("DURATION", "60")),
        clients=int(os.environ.get("CLIENTS", "50")),
        workers=int(os.environ.get("WORKERS", "3")),
    )


if __name__ == "__main__":
    sys.exit(main())
