"""One import at a time per site: a second run while one holds the lock is refused at once,
with a clear message, and changes nothing; the first one completes."""

import threading
from pathlib import Path

import pytest
from django.db import connection

from news.models import NewsPage
from wordpress.importer import STAGE_CONVERT, Importer
from wordpress.models import ImportedItem
from wordpress.wxr import WXRError, read_export

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "wordpress" / "esimerkkivienti.xml"


# Two runs in two threads, each with its own database connection: the data they read must
# be committed, hence transaction=True.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_import_while_one_runs_is_refused(news_index):
    inside, release = threading.Event(), threading.Event()
    outcome = {}

    def hold(stage):
        if stage == STAGE_CONVERT:  # the lock is taken: wait here until the other has tried
            inside.set()
            release.wait(60)

    def first():
        try:
            outcome["summary"] = Importer(read_export(str(SAMPLE)), stage=hold).run()
        except Exception as error:  # reported to the test below
            outcome["error"] = error
        finally:
            inside.set()
            connection.close()

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert inside.wait(60)
        with pytest.raises(WXRError, match="Toinen WordPress-tuonti tai sen esikatselu"):
            Importer(read_export(str(SAMPLE))).run()
    finally:
        release.set()
        thread.join(120)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["summary"].created["post"] == 3
    assert NewsPage.objects.count() == 3
    assert ImportedItem.objects.filter(post_type="post").count() == 3

    # Once it has ended, the next run goes ahead (and updates).
    assert Importer(read_export(str(SAMPLE))).run().updated["post"] == 3
