"""`make run` publishes scheduled pages every minute and stops the loop with the server."""

import datetime
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsPage
from tests.factories import NewsPageFactory

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_a_round_publishes_pages_whose_go_live_time_has_passed(news_index):
    page = NewsPageFactory(parent=news_index, live=False, title="Ajastettu")
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    assert not NewsPage.objects.get(pk=page.pk).live

    call_command("publish_scheduled_loop", interval=0, rounds=1, stdout=io.StringIO())

    assert NewsPage.objects.get(pk=page.pk).live


def test_the_loop_ends_when_the_process_that_started_it_ends(tmp_path):
    """Like `make run`: a shell starts the loop in the background, then the shell goes away."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "osallisuus.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    command = (
        f"{sys.executable} manage.py publish_scheduled_loop --interval 0.2 --parent $$ "
        ">/dev/null 2>&1 & echo $!; sleep 1"
    )
    shell = subprocess.run(
        ["sh", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    loop_pid = int(shell.stdout.split()[0])
    deadline = time.monotonic() + 120  # Django starts slowly on a busy machine
    while time.monotonic() < deadline and running(loop_pid):
        time.sleep(0.2)
    assert not running(loop_pid), "the loop outlived the shell that started it"


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has ended; only its parent has not collected it yet
