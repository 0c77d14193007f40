"""The accessibility feedback form: rate limited, saved first, then the editors are told."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from sitewide.ratelimit import hit_limit
from sitewide.translation import localized_page_url

from .feedback_permissions import feedback_handlers
from .forms import FeedbackForm
from .models import FeedbackMessage

logger = logging.getLogger(__name__)


def feedback_recipients(site=None) -> list[str]:
    """Who is emailed about new feedback: FEEDBACK_NOTIFY_EMAILS and MANAGERS, or else every
    active user who may handle feedback (of `site`) in the admin, by the admin's own rule (so
    that the 14-day duty is never missed because a setting was left empty)."""
    configured = list(settings.FEEDBACK_NOTIFY_EMAILS)
    configured += [manager[1] if isinstance(manager, tuple | list) else manager
                   for manager in settings.MANAGERS]  # fmt: skip
    if not configured:
        handlers = feedback_handlers(site).exclude(email="").order_by("email")
        configured = list(handlers.values_list("email", flat=True))
    return list(dict.fromkeys(address for address in configured if address))


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines() or ["-"])


def _notify_editors(message: FeedbackMessage) -> None:
    recipients = feedback_recipients(message.site)
    if not recipients:
        logger.warning("Nobody to email about feedback %s: set FEEDBACK_NOTIFY_EMAILS", message.pk)
        return
    body = _(
        "Saavutettavuuspalautetta tuli. Vastattava viimeistään %(date)s.\n\n"
        "Palautteen antajan itse kirjoittama teksti:\n\n%(text)s\n\n"
        "Käsittele palaute ylläpidossa: %(url)s"
    ) % {
        "date": message.due_date.strftime("%d.%m.%Y"),
        "text": _quoted(message.message),
        "url": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[message.pk]),
    }
    try:
        send_mail(_("Uusi saavutettavuuspalaute"), body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # noqa: BLE001 - the message is saved; email is a courtesy
        logger.exception("Could not email the editors about feedback %s", message.pk)


def handle_feedback(request, page):
    form = FeedbackForm(request.POST or None, auto_id="feedback-%s")
    status = 200
    if request.method == "POST":
        if form.is_bot():
            return HttpResponseRedirect(localized_page_url(page) + "kiitos/")
        # Only a message that would be saved counts, as with sign-ups: a visitor who corrects
        # their typing errors keeps their allowance.
        if form.is_valid() and hit_limit(
            "feedback",
            request,
            getattr(settings, "FEEDBACK_RATE_LIMIT", 5),
            getattr(settings, "FEEDBACK_RATE_WINDOW_SECONDS", 600),
        ):
            return TemplateResponse(request, "429.html", {"page": page}, status=429)
        if form.is_valid():
            message = FeedbackMessage.objects.create(
                message=form.cleaned_data["message"],
                page_address=form.cleaned_data["page_address"],
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                site=page.get_site(),
            )
            _notify_editors(message)
            return HttpResponseRedirect(localized_page_url(page) + "kiitos/")
        status = 400
    response = page.render(request, context_overrides={"form": form})
    response.status_code = status
    return response
