"""What publishing, deleting and merging do to subscriptions."""

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from keywords.models import Keyword, RetiredKeywordSlug
from network.models import NetworkPage
from news.models import NewsPage

from .models import ItemNotice, QuietPublish, Subscription


def is_first_publication(page: NewsPage) -> bool:
    # Wagtail sets both to the same moment on the first publish only; a republish after an
    # unpublish, or an edit's publish, moves last_published_at alone.
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


@receiver(page_published, sender=NewsPage, dispatch_uid="subscriptions_first_publication")
def record_first_publication(sender, instance: NewsPage, **kwargs) -> None:
    """Publishing only records; the worker sends. One notice per page ever."""
    if not is_first_publication(instance):
        return
    # A translation of an item already told of is the same news: the followers had it (in
    # their own language, when its translation was live by then).
    siblings = NewsPage.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    )
    if ItemNotice.objects.filter(page_id__in=siblings.values("pk")).exists():
        return
    quiet = QuietPublish.objects.filter(page_id=instance.pk).exists()
    notice, created = ItemNotice.objects.get_or_create(
        page_id=instance.pk, defaults={"notify": not quiet}
    )
    if not created or not notice.notify:
        return
    keyword_ids = [keyword.pk for keyword in instance.keywords.all()]
    followers = Subscription.objects.active().following_item(keyword_ids, instance.network_id)
    # Without immediate followers nothing is enqueued: the weekly digest reads the notices.
    if followers.filter(frequency="immediate").exists():
        from .tasks import send_item

        transaction.on_commit(lambda: send_item.enqueue(instance.pk))


def _add_notice(subscription_ids, notice: dict) -> None:
    for subscription in Subscription.objects.filter(pk__in=subscription_ids):
        subscription.pending_notices = [*subscription.pending_notices, notice]
        subscription.save(update_fields=["pending_notices"])


@receiver(pre_delete, sender=Keyword, dispatch_uid="subscriptions_keyword_deleted")
def keyword_deleted(sender, instance: Keyword, **kwargs) -> None:
    """A merge moves the follows to the keyword it merged into; a deletion ends them. Which it
    was is known only when the transaction ends (merges repoint the old slug after deleting)."""
    subscription_ids = list(instance.subscriptions.values_list("pk", flat=True))
    if not subscription_ids:
        return
    name, slug = instance.name, instance.slug

    def settle():
        retired = RetiredKeywordSlug.objects.filter(slug=slug).select_related("keyword").first()
        target = retired.keyword if retired else None
        if target is not None:
            for subscription in Subscription.objects.filter(pk__in=subscription_ids):
                subscription.keywords.add(target)
            _add_notice(subscription_ids, {"kind": "merged", "name": name, "into": target.name})
        else:
            _add_notice(subscription_ids, {"kind": "keyword_deleted", "name": name})

    transaction.on_commit(settle)


@receiver(pre_delete, sender=NetworkPage, dispatch_uid="subscriptions_network_deleted")
def network_deleted(sender, instance: NetworkPage, **kwargs) -> None:
    subscription_ids = list(instance.subscriptions.values_list("pk", flat=True))
    if subscription_ids:
        name = instance.title
        transaction.on_commit(
            lambda: _add_notice(subscription_ids, {"kind": "network_deleted", "name": name})
        )
