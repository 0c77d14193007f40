"""Render one URL many times in-process, for a profiler (docs/performance.md):

    .venv/bin/py-spy record -o profile.svg -- .venv/bin/python -m bench.profile /uutiset/x/
    .venv/bin/python -m bench.profile /uutiset/x/ --sql    # each query of one warm request
    .venv/bin/python -m bench.profile /uutiset/x/ --cold --cprofile cold.prof  # pstats file

Uses the bench database (`osallisuus_bench_<SCALE>`) with the production settings and a Redis
db of its own (db 8, flushed first unless --warm-redis), like one gunicorn worker: the first
requests fill the per-process and Redis caches, the rest are measured (`--cold` flushes
Redis before each).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time

from bench.run import REPO_DIR, manage

sys.path.insert(0, str(REPO_DIR))

from ops.stack import production_env  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--scale", type=int, default=int(os.environ.get("SCALE", "10000")))
    parser.add_argument(
        "--postgres", default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/8")
    parser.add_argument("--cold", action="store_true", help="flush Redis before every request")
    parser.add_argument(
        "--forget",
        metavar="KEY",
        action="append",
        default=[],
        help="forget a front-cache key's fragments before every request, as its purge does "
        "(e.g. --forget news: another news item was published)",
    )
    parser.add_argument("--sql", action="store_true")
    parser.add_argument(
        "--cprofile", metavar="FILE", help="write a cProfile of the measured requests only"
    )
    options = parser.parse_args(argv)

    env = production_env(f"{options.postgres}/osallisuus_bench_{options.scale}", options.redis)
    # The production settings serve hashed static names from collectstatic's manifest.
    manage(env, "collectstatic", "--noinput", "-v0")
    os.environ.update(env)
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sitewide import fragments

    def make_cold() -> None:
        if options.cold:
            cache.clear()
        if options.forget:
            fragments.forget(options.forget)

    cache.clear()
    client = Client(HTTP_HOST="127.0.0.1")
    for _ in range(3):
        client.get(options.url)
    if options.sql:
        make_cold()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(options.url)
        for query in queries.captured_queries:
            print(f"{float(query['time']) * 1000:7.2f} ms  {query['sql'][:400]}")
        print(f"{len(queries.captured_queries)} queries, status {response.status_code}")
        return 0
    profiler = cProfile.Profile() if options.cprofile else None
    began = time.process_time()
    for _ in range(options.count):
        make_cold()
        if profiler:
            profiler.enable()
        response = client.get(options.url)
        if profiler:
            profiler.disable()
        assert response.status_code == 200, response.status_code
    spent = time.process_time() - began
    if profiler:
        profiler.dump_stats(options.cprofile)
    print(f"{options.count} requests, {spent * 1000 / options.count:.1f} ms CPU per request")
    return 0


if __name__ == "__main__":
    sys.exit(main())
