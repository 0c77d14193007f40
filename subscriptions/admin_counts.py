"""Follower counts for editors, and the publish screen's "N people will be notified"."""

from django.db.models import Count, Q

from keywords.models import Keyword
from network.models import NetworkPage

from .models import Subscription


def _active_q(prefix: str) -> Q:
    return Q(
        **{
            f"{prefix}__confirmed_at__isnull": False,
            f"{prefix}__withdrawn_at__isnull": True,
        }
    )


def keywords_with_followers():
    """Keywords that someone follows, with `followers`: distinct confirmed addresses."""
    return (
        Keyword.objects.annotate(
            followers=Count(
                "subscriptions__email", filter=_active_q("subscriptions"), distinct=True
            )
        )
        .filter(followers__gt=0)
        .order_by("-followers", "sort_key")
    )


def networks_with_followers():
    return (
        NetworkPage.objects.annotate(
            followers=Count(
                "subscriptions__email", filter=_active_q("subscriptions"), distinct=True
            )
        )
        .filter(followers__gt=0)
        .order_by("-followers", "title")
    )


def all_news_followers() -> int:
    return Subscription.objects.active().filter(all_news=True).values("email").distinct().count()


def people_to_notify(page) -> int:
    """How many addresses a first publication of `page` (as it stands in the editor) mails."""
    keyword_ids = [keyword.pk for keyword in page.keywords.all() if keyword.pk]
    followers = Subscription.objects.active().following_item(keyword_ids, page.network_id)
    return followers.values("email").distinct().count()
