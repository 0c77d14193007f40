import pytest

from tests.factories import KeywordFactory, NewsPageFactory
from tests.subscriptions.smtp import SMTPServer


@pytest.fixture
def smtp(settings):
    """Mail goes to a real SMTP server on loopback; `smtp.inbox.messages` is what arrived."""
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.DEFAULT_FROM_EMAIL = "Osallisuus <seuranta@testserver>"
        yield server


@pytest.fixture
def keyword(db):
    return KeywordFactory(name="järjestöt")


@pytest.fixture
def run_worker():
    """Runs the queued subscription tasks in this process with db_worker's own Worker.

    Its polling loop takes an exclusive SQLite transaction, which cannot open inside a test's
    transaction; the separate-process tests (test_worker_processes.py) run the real command.
    """
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["subscriptions"],
        interval=0,
        batch=True,
        backend_name="subscriptions",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )

    def run():
        while True:
            result = DBTaskResult.objects.ready().filter(backend_name="subscriptions").first()
            if result is None:
                return
            result.claim(worker.worker_id)
            worker.run_task(result)

    return run


@pytest.fixture
def publish(news_index, django_capture_on_commit_callbacks):
    """Publishes a news item the way editors do, running what waits for the commit."""

    def publish(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return NewsPageFactory(parent=news_index, **kwargs)

    return publish


@pytest.fixture
def site_root_sv(home, news_index):
    """Swedish copies of the home page and the news index (for translated items)."""
    from wagtail.models import Locale

    swedish = Locale.objects.get(language_code="sv")
    for page in (home, news_index):
        page.copy_for_translation(swedish).save_revision().publish()
    return swedish
