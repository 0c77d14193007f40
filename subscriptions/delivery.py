"""Sending the news to their followers: at once per item, or weekly as one digest.

Every (address, item) is claimed with a Delivery row before its mail goes out and marked sent
after. The row's unique constraint makes a retried task, a second worker or a republished item
skip what was claimed; a claim left by a worker that died mid-send is taken over once it is
SUBSCRIPTIONS_CLAIM_TIMEOUT_SECONDS old (the SMTP server never acknowledged that mail, or the
worker would have marked it). Recipients are read in pages of CHUNK_SIZE subscriptions, so
memory stays flat however many follow.
"""

import datetime
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from keywords.models import Keyword
from news.models import NewsPage

from .emails import build_message, links_for
from .models import Delivery, Digest, Frequency, ItemNotice, Subscription

logger = logging.getLogger(__name__)

CHUNK_SIZE = 500


class SendFailed(Exception):
    """The mail server refused or could not be reached: the rest waits for the next run."""


# Claims ------------------------------------------------------------------------------------------


def claim(email: str, page_id: int) -> bool:
    """True when this worker may send `page_id` to `email` now (and has recorded that)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            Delivery.objects.create(email=email, page_id=page_id, claimed_at=now)
        return True
    except IntegrityError:
        stale = now - datetime.timedelta(seconds=settings.SUBSCRIPTIONS_CLAIM_TIMEOUT_SECONDS)
        # One UPDATE: of two workers finding the same stale claim, only one takes it over.
        return bool(
            Delivery.objects.filter(
                email=email, page_id=page_id, state=Delivery.State.SENDING, claimed_at__lt=stale
            ).update(claimed_at=now)
        )


def mark_sent(email: str, page_ids: list[int]) -> None:
    Delivery.objects.filter(email=email, page_id__in=page_ids).update(
        state=Delivery.State.SENT, sent_at=timezone.now()
    )


def release(email: str, page_ids: list[int]) -> None:
    """Not sent after all: the next run sends them."""
    Delivery.objects.filter(
        email=email, page_id__in=page_ids, state=Delivery.State.SENDING
    ).delete()


# What a mail shows -------------------------------------------------------------------------------


@dataclass
class Item:
    page_id: int
    title: str
    lead: str
    url: str
    keyword_ids: set[int]
    network_id: int | None


@dataclass
class Matched:
    item: Item
    keywords: list[str] = field(default_factory=list)
    network: str = ""


class Items:
    """News items as shown in each language (the translation if live, else the original)."""

    def __init__(self, pages: list[NewsPage]):
        self.pages = {page.pk: page for page in pages}
        self.keyword_ids = {
            page.pk: {keyword.pk for keyword in page.keywords.all()} for page in pages
        }
        self._shown: dict[tuple[int, str], Item] = {}
        self._locales = {locale.language_code: locale for locale in Locale.objects.all()}

    def shown(self, page_id: int, language: str) -> Item:
        key = (page_id, language)
        if key not in self._shown:
            page = self.pages[page_id]
            locale = self._locales.get(language)
            if locale is not None and locale.pk != page.locale_id:
                translated = page.get_translation_or_none(locale)
                if translated is not None and translated.live:
                    page = translated
            self._shown[key] = Item(
                page_id=page_id,
                title=" ".join(page.title.split()),
                lead=page.lead,
                url=page.get_full_url(),
                keyword_ids=self.keyword_ids[page_id],
                network_id=self.pages[page_id].network_id,
            )
        return self._shown[key]


def _subscription_chunks(queryset) -> Iterator[list[Subscription]]:
    last = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last).order_by("pk")[:CHUNK_SIZE])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


def _follows(chunk: list[Subscription]) -> tuple[dict, dict]:
    """{subscription id: {keyword id}} and {subscription id: {network id}} for a chunk."""
    ids = [subscription.pk for subscription in chunk]
    keywords: dict[int, set[int]] = defaultdict(set)
    networks: dict[int, set[int]] = defaultdict(set)
    keyword_through = Subscription.keywords.through.objects.filter(subscription_id__in=ids)
    for subscription_id, keyword_id in keyword_through.values_list("subscription_id", "keyword_id"):
        keywords[subscription_id].add(keyword_id)
    network_through = Subscription.networks.through.objects.filter(subscription_id__in=ids)
    for subscription_id, page_id in network_through.values_list(
        "subscription_id", "networkpage_id"
    ):
        networks[subscription_id].add(page_id)
    return keywords, networks


def _match(
    item: Item, subscription, keywords: set[int], networks: set[int], names
) -> Matched | None:
    matched = Matched(item, keywords=sorted(names[pk] for pk in item.keyword_ids & keywords))
    if item.network_id and item.network_id in networks:
        matched.network = names.get(("network", item.network_id), "")
    if matched.keywords or matched.network or subscription.all_news:
        return matched
    return None


def _names(items: Items) -> dict:
    """Current names of the items' keywords (a renamed or merged keyword shows its new name)
    and networks."""
    keyword_ids = set().union(*items.keyword_ids.values()) if items.keyword_ids else set()
    names: dict = dict(Keyword.objects.filter(pk__in=keyword_ids).values_list("pk", "name"))
    for page in items.pages.values():
        if page.network_id:
            names[("network", page.network_id)] = page.network.title
    return names


def _send(connection, message) -> None:
    try:
        connection.send_messages([message])
    except Exception as error:  # smtplib and socket errors alike: the server is not taking mail
        raise SendFailed(str(error)) from error


def _notices_sent(subscription: Subscription) -> None:
    if subscription.pending_notices:
        Subscription.objects.filter(pk=subscription.pk).update(pending_notices=[])


# At once -----------------------------------------------------------------------------------------


def item_followers(page: NewsPage, frequency: str = Frequency.IMMEDIATE):
    keyword_ids = [keyword.pk for keyword in page.keywords.all()]
    return (
        Subscription.objects.active()
        .filter(frequency=frequency)
        .following_item(keyword_ids, page.network_id)
    )


def send_item(page_id: int) -> int:
    """Mail the item to its "at once" followers who have not had it; how many mails went."""
    notice = ItemNotice.objects.filter(page_id=page_id, notify=True).first()
    page = NewsPage.objects.live().filter(pk=page_id).select_related("network").first()
    if notice is None or page is None:
        return 0
    items = Items([page])
    names = _names(items)
    sent = 0
    connection = get_connection()
    connection.open()
    try:
        for chunk in _subscription_chunks(item_followers(page)):
            keywords, networks = _follows(chunk)
            for subscription in chunk:
                item = items.shown(page_id, subscription.language)
                matched = _match(
                    item, subscription, keywords[subscription.pk], networks[subscription.pk], names
                )
                if matched is None or not claim(subscription.email, page_id):
                    continue
                message = _item_message(subscription, matched)
                try:
                    _send(connection, message)
                except SendFailed:
                    release(subscription.email, [page_id])
                    raise
                mark_sent(subscription.email, [page_id])
                _notices_sent(subscription)
                sent += 1
    finally:
        connection.close()
    ItemNotice.objects.filter(pk=notice.pk).update(immediate_done_at=timezone.now())
    return sent


def _item_message(subscription: Subscription, matched: Matched):
    with translation.override(subscription.language):
        subject = matched.item.title
    return build_message(
        subscription.email,
        subscription.language,
        subject,
        "item",
        {"matched": matched, "item": matched.item, "notices": subscription.pending_notices},
        links_for(subscription),
    )


# Weekly ------------------------------------------------------------------------------------------


def digest_window(week: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The week before the digest's Monday morning, Helsinki time."""
    end = timezone.make_aware(
        datetime.datetime.combine(week, datetime.time(settings.SUBSCRIPTIONS_DIGEST_HOUR))
    )
    return end - datetime.timedelta(days=7), end


def digest_pages(week: datetime.date) -> list[NewsPage]:
    start, end = digest_window(week)
    page_ids = ItemNotice.objects.filter(
        notify=True, created_at__gte=start, created_at__lt=end
    ).values("page_id")
    return list(
        NewsPage.objects.live()
        .filter(pk__in=page_ids)
        .select_related("network")
        .prefetch_related("keywords")
        .order_by("-first_published_at", "-pk")
    )


def send_digest(week: datetime.date) -> int:
    """Mail each weekly follower one digest of the week's items they have not had."""
    pages = digest_pages(week)
    if not pages:
        Digest.objects.filter(week=week).update(done_at=timezone.now())
        return 0
    items = Items(pages)
    names = _names(items)
    keyword_ids = set().union(*items.keyword_ids.values())
    network_ids = {page.network_id for page in pages if page.network_id}
    followers = Subscription.objects.active().filter(frequency=Frequency.WEEKLY)
    following = Q(all_news=True) | Q(keywords__in=keyword_ids) | Q(networks__in=network_ids)
    followers = followers.filter(pk__in=Subscription.objects.filter(following).values("pk"))
    sent = 0
    connection = get_connection()
    connection.open()
    try:
        for chunk in _subscription_chunks(followers):
            keywords, networks = _follows(chunk)
            for subscription in chunk:
                matches = []
                for page in pages:
                    item = items.shown(page.pk, subscription.language)
                    matched = _match(
                        item,
                        subscription,
                        keywords[subscription.pk],
                        networks[subscription.pk],
                        names,
                    )
                    if matched is not None:
                        matches.append(matched)
                claimed = [m for m in matches if claim(subscription.email, m.item.page_id)]
                if not claimed:
                    continue
                page_ids = [m.item.page_id for m in claimed]
                message = _digest_message(subscription, claimed)
                try:
                    _send(connection, message)
                except SendFailed:
                    release(subscription.email, page_ids)
                    raise
                mark_sent(subscription.email, page_ids)
                _notices_sent(subscription)
                sent += 1
    finally:
        connection.close()
    Digest.objects.filter(week=week).update(done_at=timezone.now())
    return sent


def _digest_message(subscription: Subscription, matches: list[Matched]):
    with translation.override(subscription.language):
        subject = _("Viikon uutiset seuraamistasi aiheista")
    return build_message(
        subscription.email,
        subscription.language,
        subject,
        "digest",
        {"matches": matches, "notices": subscription.pending_notices},
        links_for(subscription),
    )


# Ended follows -----------------------------------------------------------------------------------


def send_endings() -> int:
    """Tell once those whose every follow was deleted, and end their subscriptions."""
    from .follow import withdraw

    sent = 0
    candidates = Subscription.objects.active().exclude(pending_notices=[])
    for subscription in candidates.filter(all_news=False).iterator():
        if subscription.follows_anything():
            continue  # told in their next news mail
        message = build_message(
            subscription.email,
            subscription.language,
            _ended_subject(subscription.language),
            "ended",
            {"notices": subscription.pending_notices},
            links_for(subscription),
        )
        with get_connection() as connection:
            _send(connection, message)
        withdraw(subscription)
        sent += 1
    return sent


def _ended_subject(language: str) -> str:
    with translation.override(language):
        return _("Seurantasi on päättynyt")
