"""Bounces and complaints, in django-anymail's normalised tracking-event format.

With anymail installed, its ESP webhooks send `anymail.signals.tracking`, which is received
here. Without it (plain SMTP), a relay or script posts the same normalised events as JSON,
`{"event_type": "bounced", "recipient": "..."}` or a list of them, to /seuraa/palautteet/ with
HTTP basic auth SUBSCRIPTIONS_WEBHOOK_SECRET ("user:password", as anymail's WEBHOOK_SECRET).
"""

import base64
import binascii
import hmac
import json
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .forms import normalised_email
from .models import Suppression

logger = logging.getLogger(__name__)

# anymail's event_type values that mean "never mail this address again".
SUPPRESSING_EVENTS = {
    "bounced": Suppression.Reason.BOUNCED,
    "complained": Suppression.Reason.COMPLAINED,
    "rejected": Suppression.Reason.REJECTED,
}
MAX_BODY = 1024 * 1024


def record_tracking_event(event_type: str, recipient: str) -> bool:
    """Suppress `recipient` for a hard bounce or complaint; True when the event mattered."""
    reason = SUPPRESSING_EVENTS.get(str(event_type))
    if reason is None or not isinstance(recipient, str) or "@" not in recipient:
        return False
    email = normalised_email(recipient)[:254]
    try:
        with transaction.atomic():
            Suppression.objects.update_or_create(email=email, defaults={"reason": reason})
    except IntegrityError:  # the same address from a parallel event
        pass
    return True


def _authorised(request) -> bool:
    secret = settings.SUBSCRIPTIONS_WEBHOOK_SECRET
    if not secret:
        return False
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Basic "):
        return False
    try:
        given = base64.b64decode(header[6:], validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return False
    return hmac.compare_digest(given.encode(), secret.encode())


@csrf_exempt  # an ESP posts here, authenticated by the shared secret instead
@require_POST
def tracking_webhook(request):
    if not _authorised(request):
        response = HttpResponse(status=401)
        response["WWW-Authenticate"] = 'Basic realm="tracking"'
        return response
    if len(request.body) > MAX_BODY:
        return JsonResponse({"error": "too large"}, status=413)
    try:
        events = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"error": "not JSON"}, status=400)
    if isinstance(events, dict):
        events = [events]
    if not isinstance(events, list) or not all(isinstance(event, dict) for event in events):
        return JsonResponse({"error": "expected tracking events"}, status=400)
    suppressed = sum(
        record_tracking_event(event.get("event_type", ""), event.get("recipient", ""))
        for event in events
    )
    return JsonResponse({"suppressed": suppressed})


try:  # pragma: no cover - only where anymail is installed
    from anymail.signals import tracking
except ImportError:
    tracking = None

if tracking is not None:

    def _anymail_tracking(sender, event, esp_name, **kwargs):
        record_tracking_event(event.event_type, event.recipient)

    tracking.connect(_anymail_tracking, dispatch_uid="subscriptions_anymail_tracking")
