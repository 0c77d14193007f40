"""A property test of freshness on the production stack (issue 22).

Over the demo content on ops.stack (PostgreSQL, Redis, two gunicorn servers of one worker
each, so that each worker has its own port, and Varnish round-robin in front of them), for each
kind of editor change: every public page that showed the old value shows the new one, and none
shows the old one, within FRESH_WITHIN of the change's commit, through Varnish and straight
from each worker.

The pages are found by crawling the site from the home page and robots.txt (every language,
internal links, listings' pages, keyword pages, the directory, card pages, feeds,
iCalendar files and the sitemap), never listed here: a new template that shows a card is
checked without anyone remembering it. Search (/haku/) is left out: its query space has no end
and it is rate limited; test_varnish.py covers its purges.

Before each change, the pages whose last answer showed the old value (plus the pages fetched
longest ago, so that the record keeps up) are fetched again through Varnish until each is a
HIT, and from each worker, which must agree; the test fails if no page shows the old value,
since a pass would then prove nothing. The change is made by a separate editor process with the
stack's production settings (tests/ops/freshness_editor.py), so that its purges and fragment
forgets really go out. Then every (page, way in) is polled: a request that starts later than
FRESH_WITHIN after the commit must be fresh the first time.

Slow by nature (3.5-5.5 minutes here, with the load of the shared machine; the demo is built
and crawled once per module, of which migrating takes a third); run it
alone with `.venv/bin/pytest -p no:cacheprovider -n 0 -q -s tests/ops/test_freshness.py`.
Without varnishd, redis-server or PostgreSQL 15 it is skipped; with CI set it fails instead.
"""

from __future__ import annotations

import collections
import html
import http.client
import json
import re
import shutil
import subprocess
import time
import urllib.parse
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest

from ops.stack import PG_BIN, REPO_DIR, VENV_BIN, Stack, StackError, wait_for_http
from tests.sitewide.test_varnish import in_ci

FRESH_WITHIN = 1.0  # seconds after the change's commit
CONCURRENCY = 4  # requests in flight: keeps both workers and Varnish busy, not the machine
CRAWL_LIMIT = 2000
SAMPLE = 40  # pages fetched longest ago, fetched again before each change
SKIPPED_PREFIXES = ("/static/", "/media/", "/admin/", "/django-admin/", "/documents/", "/_util/")
SEARCH = re.compile(r"^(?:/[a-z]{2})?/haku/")
REDIRECTS = (301, 302, 303, 307, 308)


def _require(ok: bool, what: str) -> None:
    if ok:
        return
    if in_ci():
        pytest.fail(f"{what}, and CI is set: the freshness test must run there", False)
    pytest.skip(f"{what}: freshness test skipped")


# Fetching ------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str
    started: float  # time.monotonic() when the request was sent

    @property
    def text(self) -> str:
        """The body as a reader sees it (entities resolved), for finding values."""
        return html.unescape(self.body)

    @property
    def cache(self) -> str:
        return self.headers.get("x-cache", "")

    @property
    def cacheable(self) -> bool:
        return "s-maxage" in self.headers.get("cache-control", "") or self.cache == "HIT"


class Way:
    """One way into the site: Varnish, or one gunicorn worker straight."""

    def __init__(self, name: str, port: int, host: str):
        self.name, self.port, self.host = name, port, host

    def get(self, path: str) -> Answer:
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request("GET", path, headers={"Host": self.host})
            response = connection.getresponse()
            body = response.read().decode("utf-8", "replace")
            headers = {key.lower(): value for key, value in response.getheaders()}
            return Answer(response.status, headers, body, started)
        finally:
            connection.close()

    def follow(self, path: str) -> tuple[Answer, Answer]:
        """The answer for `path` and, through internal redirects, where it leads."""
        first = answer = self.get(path)
        for _ in range(3):
            location = answer.headers.get("location")
            if answer.status not in REDIRECTS or not location:
                break
            target = urllib.parse.urlsplit(location)
            if target.netloc and target.netloc != self.host:
                break
            answer = self.get(target.path + (f"?{target.query}" if target.query else ""))
        return first, answer


class LinkParser:
    HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref=["']([^"']+)["']""", re.IGNORECASE)

    @classmethod
    def links(cls, answer: Answer, host: str) -> list[str]:
        content_type = answer.headers.get("content-type", "")
        if "html" in content_type:
            raw = cls.HREF.findall(answer.body)
        else:  # feeds, sitemap, robots.txt, iCalendar: absolute URLs of the site
            raw = re.findall(rf"https?://{re.escape(host)}[^\s<>\"']*", answer.body)
        links = []
        for href in raw:
            parts = urllib.parse.urlsplit(html.unescape(href))
            if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", host):
                continue
            if not parts.path.startswith("/") or parts.path.startswith(SKIPPED_PREFIXES):
                continue
            if SEARCH.match(parts.path):
                continue
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
        return links


# The site as crawled -------------------------------------------------------------------------


@dataclass
class Site:
    varnish: Way
    workers: list[Way]
    editor: Editor
    targets: dict
    pool: ThreadPoolExecutor
    # What Varnish last answered for each path, and when (in changes made so far).
    answers: dict[str, Answer] = field(default_factory=dict)
    fetched_at: dict[str, int] = field(default_factory=dict)
    changes: int = 0

    @property
    def ways(self) -> list[Way]:
        return [self.varnish, *self.workers]

    def record(self, path: str, answer: Answer) -> list[str]:
        """Remember Varnish's answer; the paths it links to that are new."""
        self.answers[path] = answer
        self.fetched_at[path] = self.changes
        if answer.status != 200:
            return []
        return [
            link for link in LinkParser.links(answer, self.varnish.host) if link not in self.answers
        ]

    def crawl(self, paths: Iterable[str]) -> None:
        """Fetch `paths` through Varnish (concurrently), then what they link to, and so on."""
        wave = list(dict.fromkeys(paths))
        while wave and len(self.answers) < CRAWL_LIMIT:
            found: dict[str, None] = {}
            for path, answer in zip(wave, self.pool.map(self.varnish.get, wave), strict=True):
                found.update(dict.fromkeys(self.record(path, answer)))
            wave = list(found)

    def cached(self, paths: Iterable[str]) -> dict[str, Answer]:
        """Each path through Varnish until it is a HIT (it was cached, so a change must purge
        it); new links found on the way are crawled too."""
        paths = list(dict.fromkeys(paths))
        answers = dict(zip(paths, self.pool.map(self.varnish.get, paths), strict=True))
        for _ in range(2):
            misses = [p for p, a in answers.items() if a.cache != "HIT" and a.cacheable]
            answers.update(zip(misses, self.pool.map(self.varnish.get, misses), strict=True))
        new_links: set[str] = set()
        for path, answer in answers.items():
            new_links.update(self.record(path, answer))
        if new_links:
            self.crawl(new_links)
        return answers

    def stalest(self, count: int) -> list[str]:
        return sorted(self.answers, key=lambda path: self.fetched_at[path])[:count]

    def showing(self, value: str) -> list[str]:
        return sorted(path for path, answer in self.answers.items() if value in answer.text)


class Editor:
    """The editor process (tests/ops/freshness_editor.py) with the stack's settings."""

    def __init__(self, stack: Stack):
        self.log_path = stack.workdir / "editor.log"
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [str(VENV_BIN / "python"), "-m", "tests.ops.freshness_editor"],
                cwd=REPO_DIR,
                env=stack.env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )

    def call(self, change: str, **fields) -> dict:
        self.process.stdin.write(json.dumps({"change": change, **fields}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            log = self.log_path.read_text(errors="replace")[-3000:]
            pytest.fail(f"The editor process exited during {change}: {log}")
        answer = json.loads(line)
        if not answer["ok"]:
            pytest.fail(f"The editor's {change} failed:\n{answer['error']}")
        return answer

    def change(self, change: str, **arguments) -> float:
        """Make the change; the moment it committed."""
        return self.call(change, arguments=arguments)["committed"]

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture(scope="module")
def site():
    _require(shutil.which("varnishd") is not None, "varnishd is not installed")
    _require(shutil.which("redis-server") is not None, "redis-server is not installed")
    _require((PG_BIN / "initdb").exists(), f"PostgreSQL 15 is not in {PG_BIN}")
    started = time.monotonic()
    with Stack(workers=1, app_servers=2) as stack, ThreadPoolExecutor(CONCURRENCY) as pool:
        editor = Editor(stack)
        try:
            host = f"127.0.0.1:{stack.varnish_port}"
            targets = editor.call("setup", hostname="127.0.0.1", port=stack.varnish_port)
            try:
                stack.start_apps()
                wait_for_http(stack.varnish.url + "/healthz", timeout=30)
            except StackError as error:
                pytest.fail(f"The stack did not start: {error} (logs: {stack.workdir})")
            workers = [Way(f"worker-{n}", app.port, host) for n, app in enumerate(stack.apps, 1)]
            site = Site(Way("varnish", stack.varnish_port, host), workers, editor, targets, pool)
            site.crawl(["/", "/robots.txt"])
            built = time.monotonic() - started
            # The second crawl must find every cacheable page cached.
            again = site.cached(list(site.answers))
            kinds = collections.Counter(
                a.headers.get("content-type", "").split(";")[0] for a in again.values()
            )
            print(
                f"\nfreshness: demo built and crawled in {built:.0f} s: {len(site.answers)} "
                f"addresses ({', '.join(f'{n} {k}' for k, n in kinds.most_common())}); "
                f"second crawl {sum(a.cache == 'HIT' for a in again.values())} Varnish HITs"
            )
            yield site
        finally:
            editor.close()
        print(f"\nfreshness: module took {time.monotonic() - started:.0f} s")


# The property --------------------------------------------------------------------------------


@dataclass
class Replace:
    """Where `old` showed, `new` must show (None: nothing need replace it), and `old` must not
    unless `old_stays` (another item's publish leaves the old one where it was)."""

    old: str
    new: str | None
    old_stays: bool = False


def fresh(answer: Answer, wanted: list[Replace]) -> str | None:
    """None if the answer is fresh for what its page showed; else what is wrong."""
    if answer.status >= 500 or answer.status == 429:
        return f"answered {answer.status}"
    text = answer.text
    for replace in wanted:
        # A 404 links to its own address in the other languages, which may redirect.
        address = replace.old.startswith("/") and answer.status == 404
        if not (replace.old_stays or address) and replace.old in text:
            return f"still shows {replace.old!r}"
        if replace.new is not None and replace.new not in text:
            return f"does not show {replace.new!r}"
    return None


def assert_fresh_after(
    site: Site,
    name: str,
    replaces: list[Replace],
    change: str,
    arguments: dict,
    also: dict[str, list[Replace]] | None = None,
) -> None:
    """The property for one change (see the module's docstring). `also`: addresses that must
    answer so afterwards whatever they showed before (a new article's future address)."""
    also = also or {}
    started = time.monotonic()
    candidates = {path for r in replaces for path in site.showing(r.old)}
    before = site.cached([*candidates, *site.stalest(SAMPLE), *also])
    expected: dict[str, list[Replace]] = {}
    for replace in replaces:
        showing = [path for path, answer in before.items() if replace.old in answer.text]
        assert showing, f"{name}: no crawled page shows {replace.old!r}: the test proves nothing"
        for path in showing:
            expected.setdefault(path, []).append(replace)
    for path, wanted in also.items():
        expected.setdefault(path, []).extend(wanted)
    not_cached = [p for p in expected if before[p].cacheable and before[p].cache != "HIT"]
    assert not not_cached, f"{name}: not cached before the change: {not_cached[:10]}"
    # Each worker must answer what Varnish had: else one of them (or Varnish) kept an earlier
    # change's old version.
    pairs = [(worker, path) for path in expected for worker in site.workers]
    for (worker, path), answer in zip(
        pairs, site.pool.map(lambda pair: pair[0].get(pair[1]), pairs), strict=True
    ):
        assert (answer.status, answer.text) == (before[path].status, before[path].text), (
            f"{name}: before the change, {worker.name} answers {path} ({answer.status}) unlike "
            f"Varnish ({before[path].status} {before[path].cache}): a stale copy in one of them"
        )

    prepared = time.monotonic() - started
    committed = site.editor.change(change, **arguments)
    site.changes += 1

    def poll(item: tuple[Way, str]) -> Polled:
        way, path = item
        tries = 0
        while True:
            tries += 1
            first, final = way.follow(path)
            problem = fresh(final, expected[path])
            if problem is None or first.started > committed + FRESH_WITHIN:
                return Polled(way, path, first, final, problem, tries)
            time.sleep(0.05)

    results = list(site.pool.map(poll, [(way, path) for path in expected for way in site.ways]))
    stale = [
        f"{r.way.name} {r.path}: {r.problem} ({r.final.status} {r.final.cache}, "
        f"{r.final.started - committed:+.2f} s after the commit, try {r.tries})"
        for r in results
        if r.problem
    ]
    through_varnish = [r.first.cache for r in results if r.way is site.varnish]
    print(
        f"freshness: {name}: {len(expected)} pages showed the old value (Varnish HITs before); "
        f"after the commit {len(results) - len(stale)}/{len(results)} answers fresh through "
        f"Varnish (X-Cache {dict(collections.Counter(through_varnish))}) and from "
        f"{', '.join(w.name for w in site.workers)}; {sum(r.tries > 1 for r in results)} "
        f"needed a retry, the last request started "
        f"{max(r.final.started for r in results) - committed:.1f} s after the commit "
        f"(prepared in {prepared:.0f} s, checked in {time.monotonic() - committed:.0f} s)"
    )
    for r in results:
        if r.way is site.varnish:
            site.record(r.path, r.first)
    assert not stale, f"{name}: {len(stale)} stale answers:\n" + "\n".join(stale[:40])


@dataclass
class Polled:
    way: Way
    path: str
    first: Answer  # the answer for the path itself
    final: Answer  # where its redirects led
    problem: str | None
    tries: int


# The changes, one test each, made on one site one after another; each checks its own
# preconditions, so any one runs alone too (-k).


def marker(site: Site, key: str) -> str:
    return site.targets["markers"][key]


def test_the_identitys_new_name_is_on_every_page_at_once(site):
    assert_fresh_after(
        site,
        "identity name",
        [Replace(marker(site, "identity_name"), "Kaamoslaakson testiverkosto")],
        "rename_identity",
        {"name": "Kaamoslaakson testiverkosto"},
    )


def test_a_menu_pages_new_title_is_on_every_page_at_once(site):
    assert_fresh_after(
        site,
        "menu page title",
        [Replace(marker(site, "menu_title"), "Kaamostapahtumat")],
        "edit_title",
        {"pk": site.targets["menu_page"], "title": "Kaamostapahtumat"},
    )


def test_a_renamed_keyword_shows_its_new_name_everywhere(site):
    assert_fresh_after(
        site,
        "keyword rename",
        [Replace(marker(site, "rename_keyword"), "haapasaari")],
        "rename_keyword",
        {"pk": site.targets["keyword"], "name": "haapasaari"},
    )


def test_a_merged_keyword_is_replaced_by_its_target_everywhere(site):
    assert_fresh_after(
        site,
        "keyword merge",
        [Replace(marker(site, "merge_source"), marker(site, "merge_target"))],
        "merge_keywords",
        {"source": site.targets["merge_source"], "target": site.targets["merge_target"]},
    )


def test_a_published_article_joins_every_listing_of_the_newest_like_it(site):
    # The new article has the newest one's keywords, network and archive: every page that
    # listed that one (home, archives, keyword and network pages, feeds, the sitemap) lists
    # the new one; its address, a cached 404 before, serves it.
    newest = site.targets["newest"]
    slug = "tuoreustestin-uusi-tiedote"
    path = newest["path"].replace(newest["slug"], slug)
    title = "Tuoreustestin uusi tiedote"
    assert_fresh_after(
        site,
        "publish",
        [
            Replace(marker(site, "newest_title"), title, old_stays=True),
            Replace(newest["path"], path, old_stays=True),
        ],
        "publish_like",
        {"pk": newest["pk"], "title": title, "slug": slug},
        also={path: [Replace("", title, old_stays=True)]},
    )


def test_an_edited_title_replaces_the_old_everywhere(site):
    assert_fresh_after(
        site,
        "edit title",
        [Replace(marker(site, "edit_title"), "Haukiniemen tiedote")],
        "edit_title",
        {"pk": site.targets["edited"]["pk"], "title": "Haukiniemen tiedote"},
    )


def test_an_unpublished_article_is_gone_from_every_page(site):
    assert_fresh_after(
        site,
        "unpublish",
        [Replace(marker(site, "unpublish_title"), None)],
        "unpublish",
        {"pk": site.targets["unpublished"]["pk"]},
    )


def test_a_moved_article_is_linked_at_its_new_address_everywhere(site):
    # It moves to another archive: its old one no longer lists it, the others (home, keyword
    # and network pages, feeds, the sitemap) link to its new address, which serves it.
    moved = site.targets["moved"]
    new_path = f"/hankkeet/hankeuutiset/{moved['slug']}/"
    assert_fresh_after(
        site,
        "move",
        [Replace(moved["path"], None)],
        "move",
        {"pk": moved["pk"], "parent": site.targets["move_to"]},
        also={new_path: [Replace("", moved["title"], old_stays=True)]},
    )


def test_a_contact_cards_new_name_is_on_every_page_that_shows_the_card(site):
    assert_fresh_after(
        site,
        "contact card name",
        [Replace(marker(site, "card_name"), "Ahti Rautalampi")],
        "rename_card",
        {"pk": site.targets["card"], "name": "Ahti Rautalampi"},
    )


def test_a_networks_new_title_is_on_every_page_that_names_it(site):
    assert_fresh_after(
        site,
        "network title",
        [Replace(marker(site, "network_title"), "Sallan verkosto")],
        "edit_title",
        {"pk": site.targets["network"], "title": "Sallan verkosto"},
    )


def test_a_password_restriction_hides_the_article_from_every_public_page(site):
    assert_fresh_after(
        site,
        "view restriction",
        [Replace(marker(site, "restrict_title"), None)],
        "restrict",
        {"pk": site.targets["restricted"]["pk"], "password": "tuoreus-salasana"},
    )


def test_a_swedish_translations_new_title_replaces_the_old_everywhere(site):
    assert_fresh_after(
        site,
        "translation",
        [Replace(marker(site, "swedish_title"), "Nyhet om Tallholmen")],
        "edit_title",
        {"pk": site.targets["swedish"]["pk"], "title": "Nyhet om Tallholmen"},
    )
