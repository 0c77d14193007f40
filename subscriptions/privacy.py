"""Everything held about one address: export (GDPR Art. 15/20) and erasure (Art. 17)."""

from django.db import transaction

from .forms import normalised_email
from .models import Delivery, Subscription, Suppression


def _moment(value) -> str | None:
    return value.isoformat() if value else None


def export_address(email: str) -> dict:
    """What the site holds about `email`, as JSON-ready data (IPs are never stored)."""
    email = normalised_email(email)
    subscriptions = []
    for subscription in Subscription.objects.filter(email=email).prefetch_related(
        "keywords", "networks", "consents"
    ):
        subscriptions.append(
            {
                "language": subscription.language,
                "frequency": subscription.frequency,
                "all_news": subscription.all_news,
                "keywords": [keyword.name for keyword in subscription.keywords.all()],
                "networks": [network.title for network in subscription.networks.all()],
                "created_at": _moment(subscription.created_at),
                "confirmed_at": _moment(subscription.confirmed_at),
                "withdrawn_at": _moment(subscription.withdrawn_at),
                "consents": [
                    {
                        "given_at": _moment(consent.given_at),
                        "source_url": consent.source_url,
                        "consent_version": consent.consent_version,
                        "confirmed_at": _moment(consent.confirmed_at),
                        "withdrawn_at": _moment(consent.withdrawn_at),
                    }
                    for consent in subscription.consents.all()
                ],
            }
        )
    deliveries = [
        {"page_id": page_id, "state": state, "sent_at": _moment(sent_at)}
        for page_id, state, sent_at in Delivery.objects.filter(email=email)
        .order_by("pk")
        .values_list("page_id", "state", "sent_at")
    ]
    suppression = Suppression.objects.filter(email=email).first()
    return {
        "email": email,
        "subscriptions": subscriptions,
        "deliveries": deliveries,
        "suppressed": (
            {"reason": suppression.reason, "since": _moment(suppression.created_at)}
            if suppression
            else None
        ),
    }


@transaction.atomic
def erase_address(email: str) -> int:
    """Delete every row that names `email`; how many went."""
    email = normalised_email(email)
    deleted = Subscription.objects.filter(email=email).delete()[0]
    deleted += Delivery.objects.filter(email=email).delete()[0]
    deleted += Suppression.objects.filter(email=email).delete()[0]
    return deleted
