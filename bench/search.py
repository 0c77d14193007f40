"""The site search's part of `make bench` (issue 12's goals), kept apart from the runner.

- `rebuild_index(env)`: the bench databases are shared between branches, so every run
  rebuilds this branch's search index itself and times it (the 100k reindex goal).
- `search_targets(keyword)`: a rare word, a word in about a third of all items, two words,
  and a word with a keyword filter (the last one is bench.targets' `search_tag`).
- `one_client(...)`: p95 of each search with one client at a time.
- `goals(report)`: the verdicts, each with its figure.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

# A card's surname: about one card in ten has it (cards are 1 % of the news count).
RARE_WORD = "Korhonen"
COMMON_WORD = "osallisuus"
TWO_WORDS = "osallisuus kunta"
P95_GOAL_MS = 50
REINDEX_GOAL_S_AT_100K = 15 * 60
DB_CPU_GOAL_OVER_10K = 1.5


def rebuild_index(manage, env: dict[str, str]) -> dict:
    """Rebuilds the index (timed), then measures what indexing adds to one publish."""
    import json

    began = time.monotonic()
    output = manage(env, "rebuild_search_index")
    seconds = round(time.monotonic() - began, 1)
    publish = manage(
        env,
        "shell",
        "-c",
        "import json; from bench.search import publish_cost; print(json.dumps(publish_cost()))",
    )
    return {
        "search_index_s": seconds,
        "search_index": output.strip().splitlines()[-1],
        **json.loads(publish.strip().splitlines()[-1]),
    }


def search_targets() -> list[dict]:
    """Extra search targets (the plain word and word + keyword come from bench.targets)."""
    return [
        {"name": "search_rare", "url": "/haku/?" + urlencode({"q": RARE_WORD})},
        {"name": "search_two", "url": "/haku/?" + urlencode({"q": TWO_WORDS})},
    ]


def one_client(wrk, base_url: str, targets: list[dict], duration: int, script, log) -> dict:
    """{target name: wrk result} for every search target, one connection at a time."""
    results = {}
    for target in targets:
        if not target["name"].startswith("search"):
            continue
        result = wrk(base_url + target["url"], duration, script, threads=1, connections=1)
        result["url"] = target["url"]
        results[target["name"]] = result
        log(
            f"  {target['name']:<11} one client: p50 {result['p50_ms']} ms, "
            f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms"
        )
    return results


def goals(report: dict, reference: dict | None = None) -> list[str]:
    """The verdicts; `reference` is the committed 10k report when this run is larger."""
    rows = {(row["name"], row["cached"]): row for row in report["targets"]}
    article = rows[("article", False)]
    reference_rows = {
        row["name"]: row for row in (reference or {}).get("targets", []) if not row["cached"]
    }
    out = []
    for name, single in report.get("search_one_client", {}).items():
        direct = rows[(name, False)]
        out.append(
            f"{'MET ' if single['p95_ms'] < P95_GOAL_MS else 'MISS'} {name} one client: "
            f"p95 {single['p95_ms']} ms (goal < {P95_GOAL_MS} at 100k)"
        )
        out.append(
            f"{'MET ' if direct['req_s'] >= article['req_s'] else 'MISS'} {name} uncached "
            f"throughput: {direct['req_s']:.1f} req/s vs article {article['req_s']:.1f} req/s "
            f"(goal >=), db CPU {direct.get('db_cpu_ms', '?')} ms/request"
        )
        before = reference_rows.get(name, {}).get("db_cpu_ms")
        if before and direct.get("db_cpu_ms") is not None:
            factor = direct["db_cpu_ms"] / before
            out.append(
                f"{'MET ' if factor <= DB_CPU_GOAL_OVER_10K else 'MISS'} {name} database CPU "
                f"at {report['scale']}: {direct['db_cpu_ms']} ms/request, {factor:.2f} x the 10k "
                f"run's {before} ms ({reference['date']}; goal <= {DB_CPU_GOAL_OVER_10K})"
            )
    fill = report.get("fill", {})
    if "search_index_added_ms" in fill:
        out.append(
            f"INFO publishing a news item: {fill['publish_ms']} ms without the search index "
            f"update, {fill['publish_with_search_index_ms']} ms with it "
            f"(+{fill['search_index_added_ms']} ms, median)"
        )
    seconds = fill.get("search_index_s")
    if seconds is not None:
        estimate = seconds * 100_000 / max(report["scale"], 1)
        out.append(
            f"{'MET ' if estimate < REINDEX_GOAL_S_AT_100K else 'MISS'} search index rebuild: "
            f"{seconds} s at {report['scale']} (~{estimate:.0f} s per 100k, goal < 900)"
        )
    return out


def publish_cost(samples: int = 15) -> dict:
    """Median time of publishing one news item with and without the search index update
    (interleaved; every publish is rolled back). Run in-process with the bench's settings."""
    import statistics

    from django.db import transaction
    from wagtail.signals import page_published

    from news.models import NewsPage
    from search import signals

    pk = NewsPage.objects.live().order_by("-pk").values_list("pk", flat=True).first()
    timings: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _ in range(samples):
            for indexed in (True, False):
                if indexed:
                    signals.connect()
                else:
                    page_published.disconnect(dispatch_uid="search-page-published")
                with transaction.atomic():
                    page = NewsPage.objects.get(pk=pk)
                    revision = page.save_revision()
                    began = time.perf_counter()
                    revision.publish()
                    timings[indexed].append(time.perf_counter() - began)
                    transaction.set_rollback(True)
    finally:
        signals.connect()
    with_index = statistics.median(timings[True]) * 1000
    without = statistics.median(timings[False]) * 1000
    return {
        "publish_ms": round(without, 1),
        "publish_with_search_index_ms": round(with_index, 1),
        "search_index_added_ms": round(with_index - without, 1),
    }
