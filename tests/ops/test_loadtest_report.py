"""A failed `make loadtest` says why: the machine's load, killed workers, where it was slow."""

from ops.loadtest import Record, why


def record(started, seconds, status=200, kind="browse", path="/", via="direct"):
    return Record(started, kind, via, status, seconds, path=path)


def test_a_busy_machine_is_named_before_the_sites_figures():
    lines = why([record(1, 0.9)], {"load_before": 7.5, "load_after": 9.0}, cpus=2)
    assert lines[0].startswith("the machine was busy before the stack started (load 7.5 on 2")
    assert "load at the end of the run 9.0" in lines[1]


def test_a_quiet_machine_is_not_blamed():
    lines = why([record(1, 0.9)], {"load_before": 0.4}, cpus=2)
    assert not any("busy" in line for line in lines)


def test_the_slowest_kinds_and_requests_are_listed_slowest_first():
    records = [record(t, 0.05, path=f"/uutiset/{t}/") for t in range(50)]
    records += [record(5, 1.2, kind="search", path="/haku/?q=sote")]
    lines = why(records, {}, cpus=2)
    kinds = next(line for line in lines if line.startswith("p99 by kind"))
    assert kinds.index("search via direct") < kinds.index("browse via direct")
    slowest = next(line for line in lines if line.startswith("slowest"))
    assert slowest.startswith("slowest: /haku/?q=sote 1200 ms at 5 s")


def test_refused_connections_failing_paths_and_killed_workers_are_counted():
    records = [record(3.5, 0.0, status=0, path="/a/"), record(4, 0.1, status=0, path="/b/")]
    records += [record(6, 0.2, status=502, path="/uutiset/")] * 3
    lines = why(records, {}, cpus=2, worker_timeouts=2)
    assert "gunicorn killed 2 workers" in " ".join(lines)
    assert "2 requests got no answer (refused or reset), the first at 3.5 s" in " ".join(lines)
    assert "failed most: 502 /uutiset/ ×3" in " ".join(lines)
