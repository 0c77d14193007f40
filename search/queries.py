"""What the search and keyword pages show, each as a function named for what it returns."""

import logging
import re

from django.db import DatabaseError
from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from contacts.models import ContactCard, ContactCardKeyword
from keywords.models import Keyword
from network.models import EventPage, EventPageKeyword, NetworkPage, NetworkPageKeyword
from news.models import NewsPage, NewsPageKeyword

logger = logging.getLogger(__name__)

# Search backends read quotes, colons, stars and the like as query syntax; visitors don't mean it.
_NOT_A_WORD = re.compile(r"[^\w\s]+")

# Enough to fill the first pages generously; deeper pages of a broad query are rarely read.
MAX_SEARCH_HITS = 500


def live_news():
    # public(), not the subquery filter: Wagtail's search backends cannot search a queryset
    # filtered by a bare Exists().
    return NewsPage.objects.live().public()


def _count_per_keyword(through_model, live_ids):
    counts = (
        through_model.objects.filter(tag=OuterRef("pk"), content_object__in=live_ids)
        .order_by()
        .values("tag")
        .annotate(count=Count("*"))
        .values("count")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def live_networks():
    return NetworkPage.objects.live().without_view_restrictions()


def live_events():
    return EventPage.objects.live().without_view_restrictions()


def keywords_in_use():
    """Keywords on anything visitors can see, with `news_count`, `expert_count`,
    `network_count` and `event_count`."""
    return (
        Keyword.objects.annotate(
            news_count=_count_per_keyword(NewsPageKeyword, live_news().values("pk")),
            expert_count=_count_per_keyword(
                ContactCardKeyword, ContactCard.objects.published().values("pk")
            ),
            network_count=_count_per_keyword(NetworkPageKeyword, live_networks().values("pk")),
            event_count=_count_per_keyword(EventPageKeyword, live_events().values("pk")),
        )
        .filter(
            Q(news_count__gt=0)
            | Q(expert_count__gt=0)
            | Q(network_count__gt=0)
            | Q(event_count__gt=0)
        )
        .in_finnish_order()
    )


def experts_with_keyword(keyword: Keyword):
    # The cards on a keyword page show no keyword list, so none are fetched.
    return (
        ContactCard.objects.published()
        .with_keyword(keyword)
        .select_related("organisation", "photo")
        .order_by("name")
    )


def networks_with_keyword(keyword: Keyword):
    return live_networks().with_keyword(keyword).order_by("title", "id")


def events_with_keyword(keyword: Keyword, limit: int = 20):
    """Upcoming events first, soonest first; then the past ones."""
    now = timezone.now()
    return (
        live_events()
        .with_keyword(keyword)
        .for_listing()
        .annotate(ended=Case(When(end__lt=now, then=Value(1)), default=Value(0)))
        .order_by("ended", "start", "id")[:limit]
    )


def news_with_keyword(keyword: Keyword):
    return live_news().with_keyword(keyword).newest_first().for_listing()


def matching_news_ids(query: str, keywords: list[Keyword]) -> list[int]:
    """Ids of live news matching `query` and carrying every keyword, best first.

    Full-text hits (stemmed with the `finnish` configuration on PostgreSQL) come first; then
    pages whose title, lead or keywords contain the query as a substring, which catches parts
    of compounds (`verkosto` in `osallisuusverkosto`) that no stemmer splits off.
    """
    base = live_news().with_all_keywords(keywords)
    full_text = _full_text_ids(base, query)
    substring = (
        base.filter(
            Q(title__icontains=query)
            | Q(lead__icontains=query)
            | Q(keywords__name__icontains=query)
        )
        .exclude(pk__in=full_text)
        .newest_first()
        .values_list("pk", flat=True)
        .distinct()[: MAX_SEARCH_HITS - len(full_text)]
    )
    return full_text + list(substring)


def _full_text_ids(base, query: str) -> list[int]:
    words = " ".join(_NOT_A_WORD.sub(" ", query).split())
    if not words:
        return []
    try:
        # Only the ids: loading up to 500 whole pages (StreamField bodies included) just to
        # read their ids cost more than the ranking itself (docs/performance.md).
        hits = base.only("pk").search(words, operator="and")[:MAX_SEARCH_HITS]
        return [page.pk for page in hits]
    except DatabaseError:
        # The substring match below still answers; a broken index must not become a 500.
        logger.exception("Full-text search failed for a query of %d characters", len(words))
        return []


def news_by_ids(ids: list[int]) -> list[NewsPage]:
    """The pages for `ids`, in that order, with what a listing shows."""
    pages = NewsPage.objects.filter(pk__in=ids).for_listing().in_bulk()
    return [pages[pk] for pk in ids if pk in pages]
