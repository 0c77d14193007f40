"""Real-browser tests: headless Debian Chromium driven by Playwright against pytest-django's
live_server, with axe-core (from npm, see package.json) for the accessibility checks.

Without Chromium or axe-core the tests are skipped, and the end of the run says so; with CI set,
a missing tool fails the run instead, so a CI machine can never go green by skipping them.
"""

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

BROWSER_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BROWSER_DIR.parent.parent
# Debian's package; CHROMIUM_PATH points elsewhere (another distribution, a developer's laptop).
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_JS = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TIMEOUT_MS = 15_000
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@dataclass(frozen=True)
class Missing:
    tool: str
    tests: str
    fix: str

    @property
    def skip_reason(self) -> str:
        return f"{self.tool} not installed: {self.tests} skipped ({self.fix})"

    @property
    def ci_failure(self) -> str:
        return f"{self.tool} not installed, and CI is set: {self.tests} must run there ({self.fix})"


NO_CHROMIUM = Missing(
    "Chromium",
    "browser tests",
    f"{CHROMIUM} is missing; install it with `make setup-browser` "
    "or `sudo apt-get install -y chromium`",
)
NO_AXE = Missing(
    "axe-core",
    "accessibility tests",
    f"{AXE_JS.relative_to(PROJECT_DIR)} is missing; run `npm ci` or `make setup-browser`",
)
NO_PLAYWRIGHT = Missing(
    "Playwright for Python", "browser tests", "run `pip install -r requirements-dev.txt`"
)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_browser_tool() -> Missing | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return NO_PLAYWRIGHT
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return NO_CHROMIUM
    return None


def missing_axe() -> Missing | None:
    return None if AXE_JS.is_file() else NO_AXE


# Skipping and reporting ---------------------------------------------------------------------------

_skipped_for_tools: dict[str, int] = {}


def _is_browser_test(item) -> bool:
    return item.get_closest_marker("browser") is not None and BROWSER_DIR in Path(item.path).parents


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests run last, and are skipped here when a tool is missing (unless in CI).

    Last, after pytest-django's own ordering: each one flushes the database when it ends, which
    must not leave an empty database to any other transactional test.
    """
    browser_tests = [item for item in items if _is_browser_test(item)]
    if browser_tests:
        items[:] = [item for item in items if not _is_browser_test(item)] + browser_tests
    if in_ci():
        return  # the `browser` and `axe` fixtures fail loudly instead
    browser_missing, axe_missing = missing_browser_tool(), missing_axe()
    for item in browser_tests:
        missing = browser_missing or (axe_missing if "axe" in item.fixturenames else None)
        if missing:
            reason = missing.skip_reason
            item.add_marker(pytest.mark.skip(reason=reason))
            _skipped_for_tools[reason] = _skipped_for_tools.get(reason, 0) + 1


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """A line nobody can miss in `make test`: browser tests that did not run, and why."""
    if not _skipped_for_tools:
        return
    for reason, count in _skipped_for_tools.items():
        terminalreporter.write_sep("!", f"{count} browser test(s) SKIPPED", yellow=True, bold=True)
        terminalreporter.write_line(reason, yellow=True, bold=True)


def _require(missing: Missing | None) -> None:
    if missing:
        if in_ci():
            pytest.fail(missing.ci_failure, pytrace=False)
        pytest.skip(missing.skip_reason)


# Browser fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; each test gets its own context."""
    _require(missing_browser_tool())
    from django.db import connections
    from playwright.sync_api import expect, sync_playwright

    # Busy CI machines: the same patience for assertions as for actions (default 5 s).
    expect.set_options(timeout=TIMEOUT_MS)
    with _orm_allowed_beside_playwright():
        before = {alias: connections[alias] for alias in connections}
        playwright = sync_playwright().start()
        _keep_serialized_rollback_data(before)
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # Opened while Playwright's loop ran, so neither reachable nor closed by Django once it
        # stops; left open, one would keep PostgreSQL from dropping the test database.
        connections.close_all()
        playwright.stop()


@contextmanager
def _orm_allowed_beside_playwright():
    """Playwright's sync API keeps an asyncio loop running in the main thread, and Django then
    refuses ORM calls from it (the tests' and fixtures' own, and the database teardown).

    Set only while the browser runs, never for the whole session: the variable leaks into
    subprocesses, where `check --deploy` rightly fails on it (tests/osallisuus/test_settings.py).
    """
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


def _keep_serialized_rollback_data(before: dict) -> None:
    """Hand the migrations' data that serialized_rollback restores to the new connections.

    With Playwright's asyncio loop running in the main thread, Django's connection handler
    (asgiref's thread-critical Local) serves new connection objects. When the test database was
    made (and serialized) before the browser started, as in a full `make test`, those lack the
    serialized data, so the tests after the first would start from an empty flushed database.
    """
    from django.db import connections

    for alias, old in before.items():
        new = connections[alias]
        serialized = getattr(old, "_test_serialized_contents", None)
        if new is not old and serialized is not None:
            new._test_serialized_contents = serialized


@pytest.fixture
def new_context(browser, live_server):
    """Factory for fresh browser contexts (separate cookies: e.g. an editor and a visitor)."""
    contexts = []

    def make(**options):
        context = browser.new_context(
            base_url=live_server.url,
            locale="fi-FI",
            timezone_id="Europe/Helsinki",
            viewport={"width": 1280, "height": 900},
            accept_downloads=True,
            # axe is injected as an inline script; a Content-Security-Policy must not stop it.
            bypass_csp=True,
            **options,
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


# Site content -------------------------------------------------------------------------------------


# Enough demo news for two pages of the news index (ten a page) and every kind of body block;
# loading all of them for each test would make the suite minutes slower for nothing more.
DEMO_NEWS_COUNT = 12


@dataclass
class DemoSite:
    home: object
    news_index: object
    directory: object
    privacy: object


@pytest.fixture
def site_root(live_server):
    """The home page (and the privacy notice ensure_home_page adds) as the default site."""
    from urllib.parse import urlsplit

    from home.site_setup import ensure_home_page

    address = urlsplit(live_server.url)
    return ensure_home_page(hostname=address.hostname, port=address.port)


@pytest.fixture
def demo_site(site_root) -> DemoSite:
    """The real demo content in the test DB: contacts first, as the news items attach seed cards."""
    from unittest import mock

    from contacts.demo import ensure_directory_page, load_demo_contacts
    from contacts.demo_images import ensure_demo_avatars
    from home.site_setup import ensure_privacy_page
    from news import demo as news_demo

    load_demo_contacts()
    ensure_demo_avatars()  # the cards' images and their alt text are checked too
    directory = ensure_directory_page(site_root)
    with mock.patch.object(news_demo, "NEWS", news_demo.NEWS[:DEMO_NEWS_COUNT]):
        news_demo.load_demo_news(site_root)
    return DemoSite(
        home=site_root,
        news_index=news_demo.ensure_news_index(site_root),
        directory=directory,
        privacy=ensure_privacy_page(site_root),
    )


@dataclass
class DemoNetwork:
    network: object
    event_index: object
    event: object


def _publish_under(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def demo_network(demo_site) -> DemoNetwork:
    """A network open for sign-ups and an upcoming event it organises."""
    import datetime

    from django.utils import timezone

    from contacts.demo import seed_card
    from network import models

    home = demo_site.home
    network_index = _publish_under(
        home, models.NetworkIndexPage(title="Verkostot", slug="verkostot", show_in_menus=True)
    )
    network = _publish_under(
        network_index,
        models.NetworkPage(
            title="Lapin osallisuusverkosto",
            slug="lapin-osallisuusverkosto",
            purpose="<p>Verkosto tuo yhteen Lapin osallisuustyön tekijät.</p>",
            coordinator=seed_card("lapland-coordinator"),
            signup_open=True,
        ),
    )
    event_index = _publish_under(
        home, models.EventIndexPage(title="Tapahtumat", slug="tapahtumat", show_in_menus=True)
    )
    start = (timezone.localtime() + datetime.timedelta(days=14)).replace(
        hour=13, minute=0, second=0, microsecond=0
    )
    event = _publish_under(
        event_index,
        models.EventPage(
            title="Osallisuusverkoston webinaari",
            slug="osallisuusverkoston-webinaari",
            start=start,
            end=start + datetime.timedelta(hours=2),
            attendance_mode=models.EventPage.AttendanceMode.ONLINE,
            online_url="https://meet.example/osallisuus",
            network=network,
            description="<p>Kuulumiset ja ensi vuoden suunnitelmat.</p>",
        ),
    )
    return DemoNetwork(network=network, event_index=event_index, event=event)


# Accessibility ------------------------------------------------------------------------------------


def format_violations(url: str, violations: list[dict]) -> str:
    lines = [f"{len(violations)} axe violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation.get('impact') or '?'}]: {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


class Axe:
    """Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now."""

    def run(self, page) -> list[dict]:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE_JS))
        return page.evaluate(
            """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})
                .then(results => results.violations)""",
            AXE_TAGS,
        )

    def assert_clean(self, page) -> None:
        violations = self.run(page)
        assert not violations, format_violations(page.url, violations)


@pytest.fixture
def axe(browser) -> Axe:
    _require(missing_axe())
    return Axe()
