"""The accessibility feedback form: rate limited, saved first, then the editors are told."""

import logging

from django.conf import settings
from django.core.mail import mail_managers
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import FeedbackForm
from .models import FeedbackMessage
from .ratelimit import hit_limit
from .translation import localized_page_url

logger = logging.getLogger(__name__)


def _notify_editors(message: FeedbackMessage) -> None:
    try:
        mail_managers(
            _("Uusi saavutettavuuspalaute"),
            _("Palaute saapui. Vastattava viimeistään %(date)s.\n\n%(text)s")
            % {"date": message.due_date.strftime("%d.%m.%Y"), "text": message.message},
        )
    except Exception:  # noqa: BLE001 - the message is saved; email is a courtesy
        logger.exception("Could not email the editors about feedback %s", message.pk)


def handle_feedback(request, page):
    form = FeedbackForm(request.POST or None, auto_id="feedback-%s")
    status = 200
    if request.method == "POST":
        if hit_limit(
            "feedback",
            request,
            getattr(settings, "FEEDBACK_RATE_LIMIT", 5),
            getattr(settings, "FEEDBACK_RATE_WINDOW_SECONDS", 600),
        ):
            return TemplateResponse(request, "429.html", {"page": page}, status=429)
        if form.is_bot():
            return HttpResponseRedirect(localized_page_url(page) + "kiitos/")
        if form.is_valid():
            message = FeedbackMessage.objects.create(
                message=form.cleaned_data["message"],
                page_address=form.cleaned_data["page_address"],
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
            )
            _notify_editors(message)
            return HttpResponseRedirect(localized_page_url(page) + "kiitos/")
        status = 400
    response = page.render(request, context_overrides={"form": form})
    response.status_code = status
    return response
