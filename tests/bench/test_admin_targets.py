"""The bench's admin targets (bench/admin.py) run against a real server at a tiny scale: a
moderator logs in, every target answers as an editor's browser expects, and the article the
edits go to is live again afterwards."""

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from bench import admin
from news.models import NewsPage

SCALE = 30


@pytest.fixture
def filled(live_server):
    from urllib.parse import urlsplit

    from home.site_setup import ensure_home_page

    address = urlsplit(live_server.url)
    ensure_home_page(hostname=address.hostname, port=address.port)
    call_command("fill_bench_data", scale=SCALE, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server


# The live server reads committed data (and the migrations' rows must survive the flush).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_admin_target_answers_as_expected_and_leaves_the_article_live(filled):
    spec = admin.admin_targets("bench-salasana-1")
    with pytest.raises(RuntimeError, match="Logging in as bench-moderaattori failed"):
        admin.measure(filled.url, spec, "väärä", samples=1, log=lambda line: None)
    article = NewsPage.objects.get(pk=spec["article_id"])
    revisions_before = Revision.page_revisions.filter(object_id=str(article.pk)).count()
    rows = admin.measure(filled.url, spec, "bench-salasana-1", samples=2, log=lambda line: None)

    assert [row["name"] for row in rows] == [
        "explorer",
        "explorer_deep",
        "search_pages",
        "search_cards",
        "edit_form",
        "save_draft",
        "preview",
        "unpublish",
        "publish",
    ]
    assert admin.failures(rows) == []
    assert all(row["samples"] == 2 and row["p95_ms"] >= row["p50_ms"] > 0 for row in rows)
    article.refresh_from_db()
    assert article.live
    assert not article.has_unpublished_changes
    # Each save draft and publish made a revision: the posts were accepted, not shown errors.
    assert Revision.page_revisions.filter(object_id=str(article.pk)).count() >= (
        revisions_before + 3 * 2
    )


def test_a_failed_admin_answer_fails_the_run_and_goals_judge_the_p95():
    rows = [
        {"name": "explorer", "samples": 20, "p50_ms": 100.0, "p95_ms": 299.9, "errors": 0},
        {"name": "publish", "samples": 20, "p50_ms": 300.0, "p95_ms": 500.0, "errors": 1},
    ]
    assert admin.failures(rows) == ["admin publish: 1 of 20 answers were not as expected"]
    verdicts = admin.goals(rows, 100_000)
    assert verdicts[0].startswith("MET  admin explorer: p95 299.9 ms")
    assert verdicts[1].startswith("MISS admin publish: p95 500.0 ms")
