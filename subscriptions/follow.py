"""Asking to follow, confirming, changing and ending a subscription."""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .emails import build_message, site_url
from .models import CONSENT_VERSION, ConsentRecord, Subscription, Suppression
from .targets import Targets, targets_from_payload
from .tokens import CONFIRM_MAX_AGE, confirm_token

logger = logging.getLogger(__name__)


def _subscription(email: str, language: str, frequency: str) -> Subscription:
    try:
        with transaction.atomic():
            subscription, _created = Subscription.objects.get_or_create(
                email=email, language=language, frequency=frequency
            )
    except IntegrityError:  # the same address at the same moment from another request
        subscription = Subscription.objects.get(email=email, language=language, frequency=frequency)
    return subscription


def request_follow(
    email: str, language: str, frequency: str, targets: Targets, source_url: str
) -> None:
    """Record the consent and mail a confirmation link; nothing is followed before it is used.

    New, waiting or already following: the same steps, so the answer page and the timing tell
    nobody which it was. The follows travel in the signed link.
    """
    subscription = _subscription(email, language, frequency)
    consent = ConsentRecord.objects.create(
        subscription=subscription, source_url=source_url[:500], consent_version=CONSENT_VERSION
    )
    token = confirm_token(subscription, consent.pk, targets.as_payload())
    with translation.override(language):
        url = site_url(reverse("subscriptions:confirm", args=[token]))
        message = build_message(
            email,
            language,
            _("Vahvista seuraaminen"),
            "confirm",
            {"confirm_url": url, "targets": targets, "days": CONFIRM_MAX_AGE.days},
            list_links=None,
        )
    try:
        message.send()
    except Exception:
        # Kept: the visitor can ask again; the answer page must not tell them apart.
        logger.exception("Could not send the confirmation for subscription %s", subscription.pk)


@transaction.atomic
def confirm(subscription: Subscription, payload: dict) -> Targets:
    """Apply the follows of a confirmation token; the address is mailed from now on."""
    now = timezone.now()
    targets = targets_from_payload(payload.get("t"))
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    if subscription.withdrawn_at is not None:
        subscription.withdrawn_at = None
        subscription.all_news = False
    subscription.confirmed_at = subscription.confirmed_at or now
    subscription.all_news = subscription.all_news or targets.all_news
    subscription.save(update_fields=["confirmed_at", "withdrawn_at", "all_news"])
    subscription.keywords.add(*targets.keywords)
    subscription.networks.add(*targets.networks)
    ConsentRecord.objects.filter(
        subscription=subscription, pk=payload.get("c"), confirmed_at__isnull=True
    ).update(confirmed_at=now)
    # Subscribing again lifts a bounce or complaint: the owner has just shown it works.
    Suppression.objects.filter(email=subscription.email).delete()
    return targets


@transaction.atomic
def withdraw(subscription: Subscription) -> None:
    """Stop everything: no more mail; the consent records say when (kept for the retention
    period as proof, then erased)."""
    now = timezone.now()
    Subscription.objects.filter(pk=subscription.pk).update(
        withdrawn_at=now, all_news=False, pending_notices=[]
    )
    subscription.keywords.clear()
    subscription.networks.clear()
    subscription.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    subscription.refresh_from_db()


def unconfirmed_expired(now=None):
    """Requests whose every link has expired unused: deleted with their consents."""
    cutoff = (now or timezone.now()) - CONFIRM_MAX_AGE
    return Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).exclude(
        consents__given_at__gte=cutoff
    )


def withdrawn_expired(now=None):
    """Withdrawn subscriptions past SUBSCRIPTIONS_WITHDRAWN_RETENTION_DAYS (their consent
    records are the proof of what was agreed, kept that long and no longer)."""
    days = settings.SUBSCRIPTIONS_WITHDRAWN_RETENTION_DAYS
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return Subscription.objects.filter(withdrawn_at__lt=cutoff)


def purge_expired(now=None) -> int:
    deleted = unconfirmed_expired(now).delete()[0]
    return deleted + withdrawn_expired(now).delete()[0]


@transaction.atomic
def change(subscription: Subscription, data: dict) -> Subscription:
    """The manage form's choices; moving to a frequency the address already has at this
    language joins the two (one subscription per address, language and frequency)."""
    keywords = list(data["keywords"])
    if data.get("add_keyword"):
        keywords.append(data["add_keyword"])
    target = subscription
    if data["frequency"] != subscription.frequency:
        other = Subscription.objects.filter(
            email=subscription.email, language=subscription.language, frequency=data["frequency"]
        ).first()
        if other is None:
            subscription.frequency = data["frequency"]
        else:
            withdraw(subscription)
            target = other
            target.withdrawn_at = None
            target.confirmed_at = target.confirmed_at or timezone.now()
            target.save(update_fields=["withdrawn_at", "confirmed_at"])
            target.keywords.add(*keywords)
            target.networks.add(*data["networks"])
            target.all_news = target.all_news or data["all_news"]
            target.save(update_fields=["all_news"])
            return target
    target.all_news = data["all_news"]
    target.save(update_fields=["frequency", "all_news"])
    target.keywords.set(keywords)
    target.networks.set(list(data["networks"]))
    return target
