"""A bench run whose wrk saw errors or non-2xx answers fails (bench/run.py)."""

from bench.run import failures


def report(**changes) -> dict:
    row = {"name": "article", "cached": False, "errors": 0, "status": 200, "cold_errors": 0}
    cached = {"name": "article", "cached": True, "errors": 0, "status": 200}
    base = {
        "ceiling_samples": [{"errors": 0}, {"errors": 0}],
        "targets": [cached, {**row, **changes}],
        "search_tag_one_client": {"errors": 0},
    }
    return base


def test_a_clean_run_has_no_failures():
    assert failures(report()) == []


def test_wrk_errors_a_non_200_page_or_a_failed_cold_or_after_publish_request_fail_the_run():
    assert failures(report(errors=3)) == ["article uncached: wrk reported 3 errors or non-2xx"]
    assert failures(report(status=500)) == ["article uncached: answered 500"]
    assert failures(report(cold_errors=1)) == ["article cold: 1 answers were not 200"]
    assert failures(report(after_news_errors=2)) == [
        "article after a news publish: 2 answers were not 200"
    ]
