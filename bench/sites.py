"""`make bench-sites`: many sites in one install cost what one site of the same size costs.

    .venv/bin/python -m bench.sites [--sites 20] [--per-site 5000] [--requests 8] [--rebuild]

Options also come from the environment: SITES, PER_SITE, REQUESTS, REBUILD=1, REINDEX=0,
BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432), BENCH_REDIS_DB (first of two Redis
dbs on 127.0.0.1:6379, default 10; the run flushes both).

Two PostgreSQL databases side by side, each served by its own gunicorn (production settings,
Redis): `osallisuus_bench_<PER_SITE>`, one site of PER_SITE news items (what `make bench
SCALE=<PER_SITE>` fills), and `osallisuus_bench_sites_<SITES>x<PER_SITE>`, SITES sites of
PER_SITE news each (alue01.localhost, ...) sharing one keyword vocabulary. For each kind of
page (home, news index, newest article, the largest keyword page, search), the single site is
measured, then every site of the install on its own host, then the single site again: REQUESTS
requests one at a time, "cold" (the app's Redis db flushed before each) and "warm", with the
CPU per request of the workers and PostgreSQL. The goal (issue 24): each site within 1.25x of
the single site's figure, the mean of its two samples.

Last, through Varnish in front of the install: every site's pages are cached, an article on
the first site is re-titled and published (as an editor does; the purge goes out as in
production), and every site's pages are requested again: the other sites' must all be HITs,
and the first site's changed pages must show the new title.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
import urllib.error
import urllib.request

from bench.run import (
    REPO_DIR,
    RESULTS_DIR,
    CpuMeter,
    _database_scale,
    _psql,
    check_tools,
    flush_redis,
    log,
    manage,
    migrate,
    prepare_database,
    settle,
)
from ops.stack import (
    Gunicorn,
    Service,
    StackError,
    Varnish,
    exit_on_sigterm,
    free_port,
    make_workdir,
    production_env,
    wait_for_http,
)

KINDS = ("home", "news_index", "article", "keyword", "keyword_index", "search")
# The pages that show the site's newest article (the keyword page's keyword may not be its).
SHOW_NEWEST = ("home", "news_index", "article")
GOAL_OVER_SINGLE = 1.25
SINGLE_HOST = "127.0.0.1"
# What the re-titled article is called after the publish (the freshness check looks for it).
NEW_TITLE_SUFFIX = " (päivitetty)"
PURGE_WAIT_S = 1.0


def get(url: str, host: str, visitor: int = 0) -> tuple[int, bytes, dict]:
    """GET `url` naming the site by `host`, from a visitor address of its own: search allows
    60 requests a minute per address, and this is many visitors, not one."""
    address = f"10.{visitor % 250}.{random.randint(0, 255)}.{random.randint(1, 254)}"
    request = urllib.request.Request(url, headers={"Host": host, "X-Forwarded-For": address})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def one_by_one(
    app: Gunicorn, meter: CpuMeter, url: str, host: str, count: int, before_each=None
) -> dict:
    """`count` requests one at a time (after one unmeasured warm-up), CPU per request of the
    app's workers and its PostgreSQL backends."""
    get(app.url + url, host)
    served_before = settle([app], quiet=0.2)
    meter.start()
    statuses, times = [], []
    for n in range(count):
        if before_each:
            before_each()
        began = time.monotonic()
        status, _body, _headers = get(app.url + url, host, visitor=n)
        times.append((time.monotonic() - began) * 1000)
        statuses.append(status)
    cpu = meter.stop(settle([app], quiet=0.2) - served_before)
    return {
        "cpu_ms": round(cpu["app_cpu_ms"] + cpu["db_cpu_ms"], 2),
        "app_cpu_ms": cpu["app_cpu_ms"],
        "db_cpu_ms": cpu["db_cpu_ms"],
        "p50_ms": round(statistics.median(times), 1),
        "errors": sum(1 for status in statuses if status != 200),
    }


def prepare_sites_database(
    server: str, sites: int, per_site: int, rebuild: bool
) -> tuple[str, dict]:
    """The several-sites database, reused when it holds sites x per_site news; (URL, timings)."""
    dbname = f"osallisuus_bench_sites_{sites}x{per_site}"
    url = f"{server}/{dbname}"
    env = production_env(url)
    have = _database_scale(server, dbname)
    if have == sites * per_site and not rebuild:
        log(f"Reusing database {dbname} ({have} news items).")
        migrate(env)
        return url, {"reused": True}
    timings: dict = {}
    if have and not rebuild:
        log(f"Topping up database {dbname} from {have} news items.")
        timings["topped_up_from"] = have
    else:
        log(f"Creating database {dbname} (drops it first).")
        _psql(server, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        _psql(server, f'CREATE DATABASE "{dbname}"')
    migrate(env)
    began = time.monotonic()
    output = manage(
        env, "fill_bench_data", "--scale", str(per_site), "--sites", str(sites), "--no-search-index"
    )
    timings["fill_s"] = round(time.monotonic() - began, 1)
    log(output.strip().splitlines()[-1])
    return url, timings


def reindex(env: dict[str, str]) -> float:
    began = time.monotonic()
    manage(env, "rebuild_search_index")
    return round(time.monotonic() - began, 1)


def publish_on_site(hostname: str) -> dict:
    """Re-title and publish the newest bench article of the site on `hostname`, as an editor's
    edit does (in-process: `manage.py shell`); what was published."""
    from wagtail.models import Site

    from news.models import NewsPage

    site = Site.objects.get(hostname=hostname)
    page = (
        NewsPage.objects.live()
        .descendant_of(site.root_page)
        .filter(slug__startswith="bench-")
        .order_by("-date", "-pk")
        .first()
    )
    page.title = page.title.removesuffix(NEW_TITLE_SUFFIX) + NEW_TITLE_SUFFIX
    page.save_revision().publish()
    return {"page": page.pk, "title": page.title, "url": page.get_url_parts()[2]}


def measure_costs(
    single: Gunicorn,
    multi: Gunicorn,
    meters: dict[str, CpuMeter],
    single_targets: dict[str, str],
    sites: list[dict],
    redis_urls: dict[str, str],
    count: int,
) -> list[dict]:
    """For each kind: the single site, every site of the install, the single site again."""
    rows = []
    for kind in KINDS:
        row: dict = {"name": kind, "single": [], "sites": []}

        def sample(which: str, app: Gunicorn, url: str, host: str) -> dict:
            cold = one_by_one(
                app, meters[which], url, host, count, lambda: flush_redis(redis_urls[which])
            )
            warm = one_by_one(app, meters[which], url, host, count)
            return {"host": host, "url": url, "cold": cold, "warm": warm}

        row["single"].append(sample("single", single, single_targets[kind], SINGLE_HOST))
        for site in sites:
            row["sites"].append(sample("multi", multi, site["targets"][kind], site["hostname"]))
        row["single"].append(sample("single", single, single_targets[kind], SINGLE_HOST))
        for mode in ("cold", "warm"):
            reference = statistics.mean(s[mode]["cpu_ms"] for s in row["single"])
            ratios = [s[mode]["cpu_ms"] / max(reference, 0.01) for s in row["sites"]]
            row[mode] = {
                "single_cpu_ms": round(reference, 2),
                "sites_median_cpu_ms": round(
                    statistics.median(s[mode]["cpu_ms"] for s in row["sites"]), 2
                ),
                "median_ratio": round(statistics.median(ratios), 3),
                "max_ratio": round(max(ratios), 3),
                "worst_site": row["sites"][ratios.index(max(ratios))]["host"],
            }
        log(
            f"  {kind}: cold {row['cold']['single_cpu_ms']} ms single, sites median "
            f"{row['cold']['sites_median_cpu_ms']} ms (max {row['cold']['max_ratio']}x); warm "
            f"{row['warm']['single_cpu_ms']} ms, median {row['warm']['sites_median_cpu_ms']} ms "
            f"(max {row['warm']['max_ratio']}x)"
        )
        rows.append(row)
    return rows


def cache_states(varnish: Varnish, sites: list[dict]) -> dict[str, dict[str, tuple[str, bytes]]]:
    """{hostname: {kind: (X-Cache, body)}} of one request to each site's pages via Varnish."""
    states: dict[str, dict[str, tuple[str, bytes]]] = {}
    for site in sites:
        states[site["hostname"]] = {}
        for kind in KINDS:
            status, body, headers = get(varnish.url + site["targets"][kind], site["hostname"])
            if status != 200:
                raise StackError(f"{site['hostname']}{site['targets'][kind]} answered {status}")
            states[site["hostname"]][kind] = (headers.get("X-Cache", ""), body)
    return states


def measure_purge(varnish: Varnish, env: dict[str, str], sites: list[dict]) -> dict:
    """Publish on the first site; count the other sites' pages that stay HITs."""
    for _ in range(2):
        warmed = cache_states(varnish, sites)
    cached_before = {
        host: [kind for kind, (state, _body) in pages.items() if state == "HIT"]
        for host, pages in warmed.items()
    }
    first = sites[0]["hostname"]
    output = manage(
        env,
        "shell",
        "-c",
        "import json; from bench.sites import publish_on_site; "
        f"print(json.dumps(publish_on_site({first!r})))",
    )
    published = json.loads(output.strip().splitlines()[-1])
    time.sleep(PURGE_WAIT_S)
    after = cache_states(varnish, sites)
    others = [site["hostname"] for site in sites[1:]]
    other_cached = [(host, kind) for host in others for kind in cached_before[host]]
    other_hits = [(host, kind) for host, kind in other_cached if after[host][kind][0] == "HIT"]
    title = published["title"].encode()
    first_pages = after[first]
    return {
        "published": published,
        "cacheable_kinds": sorted({kind for kinds in cached_before.values() for kind in kinds}),
        "other_sites_cached_pages": len(other_cached),
        "other_sites_hits_after": len(other_hits),
        "other_sites_missed": [
            f"{host} {kind}" for host, kind in other_cached if (host, kind) not in other_hits
        ],
        "first_site_after": {kind: state for kind, (state, _body) in first_pages.items()},
        "first_site_shows_new_title": {kind: title in first_pages[kind][1] for kind in SHOW_NEWEST},
    }


def goals(report: dict) -> list[str]:
    out = []
    for row in report["costs"]:
        for mode in ("cold", "warm"):
            figures = row[mode]
            ok = figures["max_ratio"] <= GOAL_OVER_SINGLE
            out.append(
                f"{'MET ' if ok else 'MISS'} {row['name']} {mode}: every site within "
                f"{figures['max_ratio']:.2f}x of one {report['per_site']}-item site "
                f"({figures['single_cpu_ms']:.1f} ms CPU; sites' median "
                f"{figures['sites_median_cpu_ms']:.1f} ms, {figures['median_ratio']:.2f}x; worst "
                f"{figures['worst_site']}; goal <= {GOAL_OVER_SINGLE})"
            )
    purge = report["purge"]
    hits, cached = purge["other_sites_hits_after"], purge["other_sites_cached_pages"]
    ok = hits == cached > 0
    out.append(
        f"{'MET ' if ok else 'MISS'} a publish on {report['sites_hosts'][0]}: {hits} of the "
        f"other sites' {cached} cached pages still HIT"
    )
    fresh = purge["first_site_shows_new_title"]
    showing = ", ".join(kind for kind, shown in fresh.items() if shown) or "none"
    out.append(
        f"{'MET ' if all(fresh.values()) else 'MISS'} the publishing site's pages show the new "
        f"title within {PURGE_WAIT_S:.0f} s: {showing} (X-Cache after: {purge['first_site_after']})"
    )
    return out


def failures(report: dict) -> list[str]:
    out = []
    for row in report["costs"]:
        for sample in row["single"] + row["sites"]:
            for mode in ("cold", "warm"):
                if sample[mode]["errors"]:
                    out.append(
                        f"{row['name']} {mode} on {sample['host']}: {sample[mode]['errors']} "
                        "answers were not 200"
                    )
    return out


def main(argv: list[str] | None = None) -> int:
    env = os.environ
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=int(env.get("SITES", "20")))
    parser.add_argument("--per-site", type=int, default=int(env.get("PER_SITE", "5000")))
    parser.add_argument("--requests", type=int, default=int(env.get("REQUESTS", "8")))
    parser.add_argument("--rebuild", action="store_true", default=env.get("REBUILD") == "1")
    parser.add_argument(
        "--no-reindex", dest="reindex", action="store_false", default=env.get("REINDEX") != "0"
    )
    parser.add_argument(
        "--postgres", default=env.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--redis-db", type=int, default=int(env.get("BENCH_REDIS_DB", "10")))
    options = parser.parse_args(argv)
    if not 2 <= options.sites <= 100 or not 1 <= options.per_site <= 100_000:
        parser.error("--sites must be 2..100 and --per-site 1..100000")
    check_tools()
    exit_on_sigterm()
    started = time.monotonic()

    single_url, single_fill = prepare_database(options.postgres, options.per_site, options.rebuild)
    multi_url, multi_fill = prepare_sites_database(
        options.postgres, options.sites, options.per_site, options.rebuild
    )
    if options.reindex:
        single_fill["search_index_s"] = reindex(production_env(single_url))
        multi_fill["search_index_s"] = reindex(production_env(multi_url))
        log(
            f"Search indexes rebuilt in {single_fill['search_index_s']} s and "
            f"{multi_fill['search_index_s']} s."
        )
    redis_urls = {
        "single": f"redis://127.0.0.1:6379/{options.redis_db}",
        "multi": f"redis://127.0.0.1:6379/{options.redis_db + 1}",
    }
    for url in redis_urls.values():
        flush_redis(url)
    workdir = make_workdir("osallisuus-bench-sites-")
    varnish_port, purge_port = free_port(), free_port()
    hosts = "127.0.0.1,localhost,.localhost"
    single_env = production_env(
        single_url, redis_urls["single"], media_root=workdir, ALLOWED_HOSTS=hosts
    )
    multi_env = production_env(
        multi_url,
        redis_urls["multi"],
        [f"http://127.0.0.1:{purge_port}"],
        media_root=workdir,
        ALLOWED_HOSTS=hosts,
    )
    manage(single_env, "collectstatic", "--noinput", "-v0")
    single_targets = {
        t["name"]: t
        for t in json.loads(manage(single_env, "bench_targets", "--host", SINGLE_HOST, "--cold"))
    }
    sites = [
        {
            "hostname": site["hostname"],
            "targets": {t["name"]: t["url"] for t in site["targets"]},
            "queries": {t["name"]: t["queries"] for t in site["targets"]},
            "statuses": {t["name"]: t["status"] for t in site["targets"]},
        }
        for site in json.loads(manage(multi_env, "bench_targets", "--all-sites", "--cold"))
    ]
    bad = [
        f"{site['hostname']} {kind}: {status}"
        for site in sites
        for kind, status in site["statuses"].items()
        if status != 200
    ] + [
        f"single {name}: {t['status']}" for name, t in single_targets.items() if t["status"] != 200
    ]
    if bad:
        raise StackError("Targets did not answer 200 in-process: " + "; ".join(bad))

    services: list[Service] = []
    ok = False
    try:
        single = Gunicorn(workdir, single_env, workers=2)
        multi = Gunicorn(workdir, multi_env, workers=2)
        for app in (single, multi):
            app.__enter__()
            services.append(app)
        varnish = Varnish(workdir, [multi.port], port=varnish_port, purge_port=purge_port)
        varnish.__enter__()
        services.append(varnish)
        wait_for_http(varnish.url + "/healthz", timeout=30, expect=None)
        meters = {"single": CpuMeter([single], single_url), "multi": CpuMeter([multi], multi_url)}
        # Every worker compiles its templates and resolvers once: not part of any sample.
        for _ in range(2 * 2):
            for target in single_targets.values():
                get(single.url + target["url"], SINGLE_HOST)
            for site in sites:
                for url in site["targets"].values():
                    get(multi.url + url, site["hostname"])
        log(
            f"Measuring {len(KINDS)} kinds of page on one {options.per_site}-item site and on "
            f"{options.sites} sites of {options.per_site} ({options.requests} requests each, "
            "cold and warm)"
        )
        costs = measure_costs(
            single,
            multi,
            meters,
            {name: t["url"] for name, t in single_targets.items()},
            sites,
            redis_urls,
            options.requests,
        )
        log("A publish on the first site, through Varnish:")
        purge = measure_purge(varnish, multi_env, sites)
        log(
            f"  {purge['other_sites_hits_after']} of {purge['other_sites_cached_pages']} other "
            f"sites' cached pages HIT after it; first site: {purge['first_site_after']}"
        )
        ok = True
    finally:
        for service in reversed(services):
            service.__exit__(None, None, None)
        if ok:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"Logs kept in {workdir}")

    today = datetime.date.today().isoformat()
    report = {
        "date": today,
        "sites": options.sites,
        "per_site": options.per_site,
        "requests_per_sample": options.requests,
        "sites_hosts": [site["hostname"] for site in sites],
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "fill": {"single": single_fill, "multi": multi_fill},
        "queries": {
            kind: {
                "single": single_targets[kind]["queries"],
                "sites_min": min(site["queries"][kind] for site in sites),
                "sites_max": max(site["queries"][kind] for site in sites),
            }
            for kind in KINDS
        },
        "queries_counted": "in-process, one request with the app's caches cleared before it",
        "measured": "CPU ms per request of the app's gunicorn workers and its PostgreSQL "
        "backends, requests one at a time; cold: that app's Redis db flushed before each",
        "costs": costs,
        "purge": purge,
        "run_seconds": round(time.monotonic() - started, 1),
    }
    report["goals"] = goals(report)
    report["failures"] = failures(report)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{today}-sites-{options.sites}x{options.per_site}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    log("")
    log(
        "| page | SQL cold single / sites | cold single ms | cold sites median ms | median x "
        "| max x | warm single ms | warm sites median ms | max x |"
    )
    log("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in costs:
        q = report["queries"][row["name"]]
        log(
            f"| {row['name']} | {q['single']} / {q['sites_min']}-{q['sites_max']} | "
            f"{row['cold']['single_cpu_ms']:.1f} | {row['cold']['sites_median_cpu_ms']:.1f} | "
            f"{row['cold']['median_ratio']:.2f} | {row['cold']['max_ratio']:.2f} | "
            f"{row['warm']['single_cpu_ms']:.1f} | {row['warm']['sites_median_cpu_ms']:.1f} | "
            f"{row['warm']['max_ratio']:.2f} |"
        )
    log("")
    log("\n".join(report["goals"]))
    log(f"\nWritten: {path.relative_to(REPO_DIR)}; run took {report['run_seconds']:.0f} s.")
    if report["failures"]:
        log("\nFAILED:\n" + "\n".join(f"  {failure}" for failure in report["failures"]))
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_DIR))
    sys.exit(main())
