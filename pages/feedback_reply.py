"""Editors answer accessibility feedback from the admin; each reply goes to the audit log."""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from .feedback_permissions import may_handle_feedback
from .models import FeedbackMessage

logger = logging.getLogger(__name__)

REPLY_ACTION = "pages.feedback_reply"
REPLY_URL_NAME = "pages_feedback_reply"
MAX_ID = 2**63 - 1


class FeedbackReplyForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Aihe"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Vastaus"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=gettext_lazy("Alkuperäinen palaute liitetään viestin loppuun lainauksena."),
    )


def feedback_list_url() -> str:
    return reverse("wagtailsnippets_pages_feedbackmessage:list")


def reply_url(feedback: FeedbackMessage) -> str:
    return reverse(REPLY_URL_NAME, args=[feedback.pk])


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


def reply_email(feedback: FeedbackMessage, subject: str, body: str, user) -> EmailMessage:
    """The reply, with the original feedback quoted; answers to it reach the editor."""
    full_body = _("%(body)s\n\nAlkuperäinen palautteesi %(date)s:\n%(quote)s") % {
        "body": body.strip(),
        "date": timezone.localtime(feedback.created_at).strftime("%-d.%-m.%Y"),
        "quote": quoted(feedback.message),
    }
    return EmailMessage(
        subject=subject,
        body=full_body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[feedback.email],
        reply_to=[user.email] if user.email else None,
    )


def reply_view(request, pk: int):
    if not may_handle_feedback(request.user):
        raise PermissionDenied
    if pk > MAX_ID:
        raise Http404
    feedback = get_object_or_404(FeedbackMessage, pk=pk)
    if not feedback.email:
        messages.error(request, _("Palautteen antaja ei jättänyt sähköpostiosoitetta."))
        return redirect(feedback_list_url())
    form = FeedbackReplyForm(
        request.POST or None,
        initial={"subject": _("Vastaus saavutettavuuspalautteeseesi")},
    )
    if request.method == "POST" and form.is_valid():
        email = reply_email(
            feedback, form.cleaned_data["subject"], form.cleaned_data["body"], request.user
        )
        try:
            email.send()
        except Exception:  # noqa: BLE001 - tell the editor; nothing is marked answered
            logger.exception("Could not send the reply to feedback %s", feedback.pk)
            messages.error(request, _("Vastauksen lähetys epäonnistui. Yritä myöhemmin uudelleen."))
        else:
            feedback.status = FeedbackMessage.Status.ANSWERED
            feedback.save(update_fields=["status"])
            # The log keeps what was said, not the recipient's address (personal data).
            log(
                instance=feedback,
                action=REPLY_ACTION,
                user=request.user,
                data={"subject": form.cleaned_data["subject"], "body": form.cleaned_data["body"]},
            )
            messages.success(request, _("Vastaus lähetettiin palautteen antajalle."))
            return redirect(feedback_list_url())
    return TemplateResponse(
        request,
        "pages/admin/feedback_reply.html",
        {"feedback": feedback, "form": form, "back_url": feedback_list_url()},
        status=400 if form.errors else 200,
    )
