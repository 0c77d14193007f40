"""The emails: multipart text + HTML in the subscription's language, with RFC 8058 headers."""

import urllib.parse

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tokens import manage_token


def site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_domain() -> str:
    """The site's domain for Message-IDs (the sender's, so they are ours and unique)."""
    return urllib.parse.urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def one_line(text: str) -> str:
    """Header text: no line breaks (editors' titles go into subjects)."""
    return " ".join(str(text).split())


def links_for(subscription) -> dict:
    """Absolute manage and unsubscribe links, in the subscription's language."""
    token = manage_token(subscription)
    with translation.override(subscription.language):
        return {
            "manage_url": site_url(reverse("subscriptions:manage", args=[token])),
            "unsubscribe_url": site_url(reverse("subscriptions:unsubscribe", args=[token])),
        }


def build_message(
    to: str, language: str, subject: str, template: str, context: dict, list_links: dict | None
) -> EmailMultiAlternatives:
    """`template`.txt and `template`.html rendered in `language`; with `list_links` (from
    `links_for`) the List-Unsubscribe headers of RFC 2369 and RFC 8058."""
    with translation.override(language):
        context = {**context, **(list_links or {}), "language": language}
        text = render_to_string(f"subscriptions/email/{template}.txt", context)
        html = render_to_string(f"subscriptions/email/{template}.html", context)
    headers = {"Message-ID": make_msgid(domain=mail_domain())}
    if list_links:
        headers["List-Unsubscribe"] = f"<{list_links['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        headers["List-Id"] = f"<seuranta.{mail_domain()}>"
        headers["Auto-Submitted"] = "auto-generated"
    message = EmailMultiAlternatives(
        one_line(subject), text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers
    )
    message.attach_alternative(html, "text/html")
    return message
