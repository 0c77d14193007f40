"""Autosave leaves empty drafts behind; `delete_abandoned_drafts` removes only those."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.drafts import abandoned_empty_drafts
from news.models import NewsPage
from tests.factories import NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def draft(news_index, title: str, days_old: int, **content) -> NewsPage:
    """A never-published page whose latest version, `days_old` days old, has `content`.

    Drafts skip the required-field checks (as autosave's do), so a lead may be empty.
    """
    page = NewsPageFactory(parent=news_index, live=False, title=title)
    for field, value in content.items():
        setattr(page, field, value)
    revision = page.save_revision(clean=False)
    when = timezone.now() - datetime.timedelta(days=days_old)
    revision.created_at = when
    revision.save(update_fields=["created_at"])
    NewsPage.objects.filter(pk=page.pk).update(latest_revision_created_at=when)
    return page


def test_old_drafts_with_only_a_title_are_deleted(news_index):
    stray = draft(news_index, "X", days_old=3, lead="", body=[])
    call_command("delete_abandoned_drafts", stdout=io.StringIO())
    assert not NewsPage.objects.filter(pk=stray.pk).exists()


def test_drafts_with_content_recent_ones_and_published_pages_are_kept(news_index):
    written = draft(news_index, "Kesken", days_old=30, lead="Ingressi on jo kirjoitettu.")
    fresh = draft(news_index, "Aloitettu tänään", days_old=0, lead="", body=[])
    published = NewsPageFactory(parent=news_index, title="Julkaistu")
    stray = draft(news_index, "Y", days_old=3, lead="", body=[])

    assert abandoned_empty_drafts() == [stray]
    call_command("delete_abandoned_drafts", stdout=io.StringIO())
    assert set(NewsPage.objects.values_list("pk", flat=True)) == {
        written.pk,
        fresh.pk,
        published.pk,
    }


def test_an_unpublished_page_that_was_once_live_is_kept(news_index):
    page = NewsPageFactory(parent=news_index, title="Poistettu julkaisusta")
    page.lead, page.body = "", []
    page.save_revision(clean=False)
    page.unpublish()
    NewsPage.objects.filter(pk=page.pk).update(
        latest_revision_created_at=timezone.now() - datetime.timedelta(days=5)
    )
    assert abandoned_empty_drafts() == []


def test_an_empty_draft_waiting_for_moderation_is_kept(news_index):
    page = draft(news_index, "Z", days_old=3, lead="", body=[])
    page.get_workflow().start(page, UserFactory())
    assert abandoned_empty_drafts() == []


def test_the_latest_version_decides_not_the_first_save(news_index):
    """Autosave creates the page empty; what the editor wrote later is in the latest revision."""
    page = draft(news_index, "Myöhemmin kirjoitettu", days_old=3, lead="", body=[])
    later = page.get_latest_revision_as_object()
    later.lead = "Kirjoitettu autosaven jälkeen."
    revision = later.save_revision(clean=False)
    when = timezone.now() - datetime.timedelta(days=2)
    NewsPage.objects.filter(pk=page.pk).update(latest_revision_created_at=when)
    revision.created_at = when
    revision.save(update_fields=["created_at"])
    assert abandoned_empty_drafts() == []


def test_dry_run_lists_without_deleting(news_index):
    stray = draft(news_index, "X", days_old=3, lead="", body=[])
    out = io.StringIO()
    call_command("delete_abandoned_drafts", dry_run=True, stdout=out)
    assert "X" in out.getvalue()
    assert NewsPage.objects.filter(pk=stray.pk).exists()
