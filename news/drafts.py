"""News drafts nobody will finish: autosave keeps every started page, even one titled "X"."""

import datetime

from django.utils import timezone
from wagtail.models import WorkflowState

from .models import NewsPage

ABANDONED_AFTER = datetime.timedelta(days=1)


def is_empty(page: NewsPage) -> bool:
    """Nothing written beyond a title: no lead, body, image, keywords or contact cards."""
    return not (
        page.lead.strip()
        or len(page.body)
        or page.header_image_id
        or page.keywords.exists()
        or page.contact_links.exists()
    )


def abandoned_empty_drafts(now: datetime.datetime | None = None) -> list[NewsPage]:
    """Never-published news whose latest version is empty and untouched for ABANDONED_AFTER.

    Pages waiting in a moderation workflow are someone's business and are kept.
    """
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    in_workflow = WorkflowState.objects.active().values_list("object_id", flat=True)
    candidates = (
        NewsPage.objects.filter(
            live=False, first_published_at__isnull=True, latest_revision_created_at__lt=cutoff
        )
        .exclude(pk__in=[int(pk) for pk in in_workflow if str(pk).isdigit()])
        .select_related("latest_revision")
    )
    return [page for page in candidates if is_empty(page.get_latest_revision_as_object())]
