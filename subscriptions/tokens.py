"""Signed links in the emails: confirm (expires), manage and unsubscribe (until re-keyed)."""

import datetime

from django.core import signing

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"
CONFIRM_MAX_AGE = datetime.timedelta(days=7)


class BadToken(Exception):
    """Forged, expired, or for a subscription that no longer exists or was re-keyed."""


def confirm_token(subscription, consent_id: int, targets: dict) -> str:
    """The follows to add travel in the token: nothing changes until the owner confirms."""
    payload = {"s": subscription.pk, "k": subscription.key, "c": consent_id, "t": targets}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token: str) -> dict:
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is one too
        raise BadToken from error


def manage_token(subscription) -> str:
    return signing.dumps({"s": subscription.pk, "k": subscription.key}, salt=MANAGE_SALT)


def read_manage_token(token: str) -> dict:
    try:
        return signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature as error:
        raise BadToken from error


def subscription_for(payload: dict):
    """The subscription the payload names, if its key still matches."""
    from .models import Subscription

    if not isinstance(payload, dict):
        raise BadToken
    subscription = Subscription.objects.filter(pk=payload.get("s")).first()
    if subscription is None or subscription.key != payload.get("k"):
        raise BadToken
    return subscription
