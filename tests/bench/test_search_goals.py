"""The bench's search verdicts (issue 12's goals, bench/search.py), at their boundaries."""

from bench import search as bench_search


def report(scale: int, db_cpu_ms: float, req_s: float = 60.0, p95_ms: float = 20.0) -> dict:
    return {
        "scale": scale,
        "date": "2026-11-30",
        "targets": [
            {"name": "article", "cached": False, "req_s": 50.0},
            {"name": "search", "cached": False, "req_s": req_s, "db_cpu_ms": db_cpu_ms},
        ],
        "search_one_client": {"search": {"p95_ms": p95_ms}},
        "fill": {},
    }


def verdict(lines: list[str], contains: str) -> str:
    (line,) = [line for line in lines if contains in line]
    return line[:4].strip()


def test_database_cpu_at_100k_is_judged_against_the_10k_run():
    reference = report(10_000, db_cpu_ms=4.0)
    within = bench_search.goals(report(100_000, db_cpu_ms=6.0), reference)
    assert verdict(within, "database CPU at 100000") == "MET"
    beyond = bench_search.goals(report(100_000, db_cpu_ms=6.1), reference)
    assert verdict(beyond, "database CPU at 100000") == "MISS"
    assert not [line for line in bench_search.goals(reference) if "database CPU" in line]


def test_throughput_and_one_client_p95_verdicts():
    lines = bench_search.goals(report(10_000, db_cpu_ms=4.0, req_s=49.9, p95_ms=50))
    assert verdict(lines, "search uncached throughput") == "MISS"
    assert verdict(lines, "search one client") == "MISS"
    lines = bench_search.goals(report(10_000, db_cpu_ms=4.0, req_s=50.0, p95_ms=49.9))
    assert verdict(lines, "search uncached throughput") == "MET"
    assert verdict(lines, "search one client") == "MET"
