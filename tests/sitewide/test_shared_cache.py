"""The embedded default's processes share one cache: what one publishes, the server shows at once.

Real processes, as `make run` starts them: the demo on the development settings without Redis
(so the app's caches are the database cache), `runserver`, and a second process (a management
command, the scheduled-publish loop) changing content. The database is the run's: a SQLite file,
or a PostgreSQL database of its own when the suite runs on PostgreSQL.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django.utils.html import escape

from ops.stack import free_port

ROOT = Path(__file__).resolve().parents[2]
DEMO_COMMANDS = [
    ["migrate", "--noinput"],
    ["createcachetable"],
    None,  # setup_site, with the server's port
    ["load_demo_contacts"],
    ["load_demo_network"],
    ["load_demo_news"],
]


def on_postgresql() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory):
    if not on_postgresql():
        yield f"sqlite:///{tmp_path_factory.mktemp('shared-cache') / 'demo.sqlite3'}"
        return
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    server = f"postgres://{settings['USER']}@{host}:{port}"
    name = f"osallisuus_shared_cache_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def demo(demo_database):
    """The demo site served by `runserver` in a process of its own; yields its base URL and env."""
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "FRONTCACHE_URLS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="osallisuus.settings.dev",
        DATABASE_URL=demo_database,
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
    )
    for command in DEMO_COMMANDS:
        command = command or ["setup_site", "--hostname", "127.0.0.1", "--port", str(port)]
        manage(env, *command)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # Django starts slowly on a busy machine
        while fetch(base, "/healthz")[0] != 200:
            assert server.poll() is None, "the demo server exited"
            assert time.monotonic() < deadline, "the demo server did not start"
            time.sleep(0.3)
        yield base, env
    finally:
        server.terminate()
        server.wait(timeout=30)


def manage(env, *args, script: str | None = None) -> str:
    command = [sys.executable, "manage.py", *args]
    if script is not None:
        command += ["shell", "--no-imports", "-c", script]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def fetch(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def in_another_process(env, script: str) -> dict:
    """Runs `script` in a `manage.py shell` of its own; what it printed last, as JSON."""
    return json.loads(manage(env, script=script).strip().splitlines()[-1])


NEWEST_ARTICLE = """
import json
from news.models import NewsPage
page = NewsPage.objects.live().public().order_by("-date", "-pk").first()
print(json.dumps({"pk": page.pk, "title": page.title, "url": page.url}))
"""


def shown_everywhere(base: str, paths: list[str], text: str) -> dict[str, bool]:
    return {path: escape(text) in fetch(base, path)[1] for path in paths}


def test_a_title_published_by_another_process_is_served_at_once(demo):
    base, env = demo
    article = in_another_process(env, NEWEST_ARTICLE)
    paths = ["/", "/uutiset/", article["url"]]
    for _ in range(2):  # made once, then served from the cache
        assert shown_everywhere(base, paths, article["title"]) == dict.fromkeys(paths, True)

    new_title = f"Uusi otsikko {uuid.uuid4().hex[:6]}"
    in_another_process(
        env,
        f"""
import json
from news.models import NewsPage
page = NewsPage.objects.get(pk={article["pk"]})
page.title = {new_title!r}
page.save_revision().publish()
print(json.dumps({{}}))
""",
    )

    assert shown_everywhere(base, paths, new_title) == dict.fromkeys(paths, True)
    assert shown_everywhere(base, paths, article["title"]) == dict.fromkeys(paths, False)


def test_a_page_unpublished_by_another_process_is_gone_at_once(demo):
    base, env = demo
    article = in_another_process(env, NEWEST_ARTICLE)
    for _ in range(2):
        assert fetch(base, article["url"])[0] == 200
        assert article["title"] in fetch(base, "/uutiset/")[1]

    in_another_process(
        env,
        f"""
import json
from news.models import NewsPage
NewsPage.objects.get(pk={article["pk"]}).unpublish()
print(json.dumps({{}}))
""",
    )

    assert fetch(base, article["url"])[0] == 404
    assert article["title"] not in fetch(base, "/uutiset/")[1]
    assert article["title"] not in fetch(base, "/")[1]


def test_a_password_set_by_another_process_hides_the_page_at_once(demo):
    base, env = demo
    article = in_another_process(env, NEWEST_ARTICLE)
    lead = in_another_process(
        env,
        f"""
import json
from news.models import NewsPage
print(json.dumps({{"lead": NewsPage.objects.get(pk={article["pk"]}).lead}}))
""",
    )["lead"]
    for _ in range(2):
        assert lead in fetch(base, article["url"])[1]

    in_another_process(
        env,
        f"""
import json
from wagtail.models import PageViewRestriction
from news.models import NewsPage
PageViewRestriction.objects.create(
    page=NewsPage.objects.get(pk={article["pk"]}),
    restriction_type=PageViewRestriction.PASSWORD,
    password="salasana-demo",
)
print(json.dumps({{}}))
""",
    )

    assert lead not in fetch(base, article["url"])[1]
    assert article["title"] not in fetch(base, "/uutiset/")[1]


def test_an_item_the_scheduled_publish_loop_publishes_appears_on_the_home_page(demo):
    base, env = demo
    title = f"Ajastettu uutinen {uuid.uuid4().hex[:6]}"
    in_another_process(
        env,
        f"""
import datetime, json
from django.utils import timezone
from news.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.live().first()
slug = "ajastettu-{uuid.uuid4().hex[:6]}"
page = NewsPage(title={title!r}, slug=slug, lead="Ajastettu.", live=False)
index.add_child(instance=page)
revision = page.save_revision()
revision.approved_go_live_at = timezone.now() + datetime.timedelta(seconds=2)
revision.save(update_fields=["approved_go_live_at"])
print(json.dumps({{}}))
""",
    )
    for _ in range(2):  # the home page is cached before the item goes live
        assert title not in fetch(base, "/")[1]

    loop = subprocess.Popen(
        [sys.executable, "manage.py", "publish_scheduled_loop", "--interval", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while title not in fetch(base, "/")[1]:
            assert loop.poll() is None, "the loop exited"
            assert time.monotonic() < deadline, "the scheduled item never appeared on /"
            time.sleep(0.5)
    finally:
        loop.terminate()
        loop.wait(timeout=30)
    assert title in fetch(base, "/uutiset/")[1]
