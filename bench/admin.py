"""The admin targets of `make bench`: what a logged-in moderator waits for at scale.

One client at a time (an editor is one person), over HTTP straight at gunicorn with the
production settings, so that a publish purges Varnish and updates the search index as in
production. Each target is requested ADMIN_SAMPLES times after one warm-up; the report gives
the median and p95 of the response times, and the CPU per request of the workers and
PostgreSQL when a meter is given.

The page the edits go to is an old bench article, not the one the public targets measure, and
it is published again at the end of each round, so the database stays as the fill left it
(plus revisions).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

# Requests per target (after one warm-up); the p95 of 20 is the second slowest.
ADMIN_SAMPLES = 20
MODERATOR = "bench-moderaattori"
# A word the generated text uses often (bench.targets.SEARCH_WORD) and a common card word.
PAGE_SEARCH_WORD = "osallisuus"
CARD_SEARCH_WORD = "asiantuntija"
# Issue 22's goals (p95, one client, at 100k).
GOAL_P95_MS = {
    "explorer": 300.0,
    "explorer_deep": 300.0,
    "search_pages": 300.0,
    "search_cards": 300.0,
    "edit_form": 300.0,
    "save_draft": 300.0,
    "publish": 500.0,
}


# In-process (manage.py bench_admin_targets, with the bench's settings and database) ---------


def _block_form_data(block, value):
    """What a browser posts for one StreamField block's value (Wagtail's JS writes it from
    the same form state)."""
    from wagtail import blocks

    if isinstance(block, blocks.StructBlock):
        return {
            name: _block_form_data(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ChooserBlock):
        return "" if value is None else str(getattr(value, "pk", value))
    if isinstance(block, blocks.FieldBlock):
        state = block.get_form_state(value)
        return "" if state is None else state  # an empty optional field posts ""
    raise NotImplementedError(f"No form data for {type(block).__name__} blocks")


def edit_form_data(page) -> dict[str, str]:
    """The edit form of a news item as the browser posts it, unchanged."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    body = {
        str(index): {
            "type": child.block_type,
            "value": _block_form_data(child.block, child.value),
            "deleted": "",
            "order": str(index),
            "id": child.id or "",
        }
        for index, child in enumerate(page.body)
    }
    body["count"] = str(len(page.body))
    links = list(page.contact_links.order_by("sort_order"))
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "seo_title": page.seo_title,
            "search_description": page.search_description,
            "date": page.date.isoformat() if page.date else "",
            "lead": page.lead,
            "header_image": page.header_image_id or "",
            "header_image_alt": page.header_image_alt,
            "header_image_credit": page.header_image_credit,
            "body": body,
            "keywords": ", ".join(
                f'"{k.name}"' if " " in k.name else k.name for k in page.keywords.all()
            ),
            "network": page.network_id or "",
            "contact_links": inline_formset(
                [{"id": link.pk, "card": link.card_id} for link in links], initial=len(links)
            ),
        }
    )


def admin_targets(password: str) -> dict:
    """The moderator (created, or its password reset) and what the admin targets request."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from contacts.models import ContactCard
    from news.models import NewsIndexPage, NewsPage
    from sitewide.permissions import MODERATORS_GROUP

    user, _created = get_user_model().objects.get_or_create(
        username=MODERATOR, defaults={"email": "moderaattori@bench.invalid"}
    )
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))

    news_index = NewsIndexPage.objects.first()
    # The oldest bench article: not what the public targets show (bench.targets: the newest).
    article = NewsPage.objects.filter(slug__startswith="bench-").order_by("date", "pk").first()
    if news_index is None or article is None:
        raise LookupError("No news index or bench article; run fill_bench_data.")
    children = news_index.get_children().count()
    per_page = 50  # Wagtail's explorer listing
    deep = max(1, (children + per_page - 1) // per_page // 2)
    cards = reverse(ContactCard.snippet_viewset.get_url_name("list"))
    explore = reverse("wagtailadmin_explore", args=(news_index.pk,))
    return {
        "username": MODERATOR,
        "article_id": article.pk,
        "login": reverse("wagtailadmin_login"),
        "explorer": explore,
        "explorer_deep": f"{explore}?p={deep}",
        "search_pages": reverse("wagtailadmin_pages:search") + f"?q={PAGE_SEARCH_WORD}",
        "search_cards": f"{cards}?q={CARD_SEARCH_WORD}",
        "edit": reverse("wagtailadmin_pages:edit", args=(article.pk,)),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,)),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=(article.pk,)),
        "form": edit_form_data(article.specific),
    }


# Over HTTP (bench/run.py, and tests/bench/test_admin_targets.py against a live server) -------


class AdminClient:
    """A logged-in browser, as far as the admin needs: cookies (sent over plain http although
    production marks them Secure; the bench talks to gunicorn directly) and the CSRF token."""

    def __init__(self, base_url: str):
        import requests

        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, data: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if method == "POST":
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Origin"] = self.base_url
            headers["Referer"] = self.base_url + path
        self.http.cookies.clear()
        response = self.http.request(
            method, self.base_url + path, data=data, headers=headers, allow_redirects=False,
            timeout=60,
        )  # fmt: skip
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def log_in(self, path: str, username: str, password: str) -> None:
        self.request("GET", path)
        response = self.request(
            "POST",
            path,
            {
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": self.cookies.get("csrftoken", ""),
            },
        )
        if response.status_code != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"Logging in as {username} failed: {response.status_code}")


def _steps(spec: dict) -> list[tuple[str, Callable, int]]:
    """(name, request, expected status) in the order an editor works; the last ones leave the
    article published."""
    form = spec["form"]

    def get(url: str) -> Callable:
        return lambda client: client.request("GET", url)

    def post(url: str, data: dict) -> Callable:
        return lambda client: client.request("POST", url, data)

    def preview(client):
        response = client.request("POST", spec["preview"], form)
        if response.status_code != 200 or not json.loads(response.content).get("is_valid"):
            return response
        return client.request("GET", spec["preview"])

    return [
        ("explorer", get(spec["explorer"]), 200),
        ("explorer_deep", get(spec["explorer_deep"]), 200),
        ("search_pages", get(spec["search_pages"]), 200),
        ("search_cards", get(spec["search_cards"]), 200),
        ("edit_form", get(spec["edit"]), 200),
        # A valid form redirects; an invalid one answers 200 with its errors.
        ("save_draft", post(spec["edit"], form), 302),
        ("preview", preview, 200),
        ("unpublish", post(spec["unpublish"], {}), 302),
        ("publish", post(spec["edit"], {**form, "action-publish": "1"}), 302),
    ]


def measure(
    base_url: str,
    spec: dict,
    password: str,
    samples: int = ADMIN_SAMPLES,
    meter=None,
    log: Callable[[str], None] = print,
) -> list[dict]:
    """One row per admin target: p50/p95 ms over `samples` requests, errors, CPU per request.

    Each target is timed on its own (all its samples, then the next target), except that
    unpublish and publish alternate, each sample of one followed by one of the other, so
    that the article is live before every unpublish and after the run."""
    client = AdminClient(base_url)
    client.log_in(spec["login"], spec["username"], password)
    steps = _steps(spec)
    rows = []
    paired = {"unpublish", "publish"}
    for name, step, expected in steps:
        if name in paired:
            continue
        rows.append(_time_step(client, name, step, expected, samples, meter))
        log(_line(rows[-1]))
    # Unpublish and publish alternate: each request is timed on its own.
    unpublish = next(step for step in steps if step[0] == "unpublish")
    publish = next(step for step in steps if step[0] == "publish")
    timings: dict[str, list[float]] = {"unpublish": [], "publish": []}
    errors = {"unpublish": 0, "publish": 0}
    cpu: dict[str, list[dict]] = {"unpublish": [], "publish": []}
    for _ in range(samples + 1):  # the first round is the warm-up
        for name, step, expected in (unpublish, publish):
            if meter:
                meter.start()
            began = time.perf_counter()
            response = step(client)
            timings[name].append((time.perf_counter() - began) * 1000)
            if meter:
                cpu[name].append(meter.stop(1))
            if response.status_code != expected:
                errors[name] += 1
    for name in ("unpublish", "publish"):
        rows.append(_row(name, timings[name][1:], errors[name], cpu[name][1:]))
        log(_line(rows[-1]))
    return rows


def _time_step(client, name: str, step: Callable, expected: int, samples: int, meter) -> dict:
    step(client)  # warm-up: the worker's templates and caches for this view
    timings, failures, cpu = [], 0, []
    for _ in range(samples):
        if meter:
            meter.start()
        began = time.perf_counter()
        response = step(client)
        timings.append((time.perf_counter() - began) * 1000)
        if meter:
            cpu.append(meter.stop(1))
        if response.status_code != expected:
            failures += 1
    return _row(name, timings, failures, cpu)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (p95 of 20 samples is the 19th)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))  # ceil
    return ordered[int(rank) - 1]


def _row(name: str, timings: list[float], errors: int, cpu: list[dict]) -> dict:
    row = {
        "name": name,
        "samples": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "errors": errors,
    }
    if cpu:
        row["app_cpu_ms"] = round(statistics.mean(c["app_cpu_ms"] for c in cpu), 1)
        row["db_cpu_ms"] = round(statistics.mean(c["db_cpu_ms"] for c in cpu), 1)
    return row


def _line(row: dict) -> str:
    cpu = f"  CPU {row['app_cpu_ms']}+{row['db_cpu_ms']} ms/req" if "app_cpu_ms" in row else ""
    return (
        f"  admin {row['name']:<13} p50 {row['p50_ms']:>7.1f} ms  p95 {row['p95_ms']:>7.1f} ms"
        f"  errors {row['errors']}{cpu}"
    )


def table(rows: list[dict]) -> str:
    lines = [
        "| admin target (one moderator) | p50 ms | p95 ms | goal p95 ms | CPU ms/req app+db "
        "| errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        goal = GOAL_P95_MS.get(row["name"])
        cpu = f"{row['app_cpu_ms']:.1f}+{row['db_cpu_ms']:.1f}" if "app_cpu_ms" in row else ""
        lines.append(
            f"| {row['name']} | {row['p50_ms']:.0f} | {row['p95_ms']:.0f} | "
            f"{goal or ''} | {cpu} | {row['errors']} |"
        )
    return "\n".join(lines)


def goals(rows: list[dict], scale: int) -> list[str]:
    out = []
    for row in rows:
        goal = GOAL_P95_MS.get(row["name"])
        if goal is None:
            out.append(f"INFO admin {row['name']}: p95 {row['p95_ms']} ms one client")
            continue
        out.append(
            f"{'MET ' if row['p95_ms'] < goal else 'MISS'} admin {row['name']}: p95 "
            f"{row['p95_ms']} ms one client at {scale} (goal < {goal:.0f} at 100k)"
        )
    return out


def failures(rows: list[dict]) -> list[str]:
    return [
        f"admin {row['name']}: {row['errors']} of {row['samples']} answers were not as expected"
        for row in rows
        if row["errors"]
    ]
