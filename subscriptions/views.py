"""Public pages: the follow form, confirmation, unsubscribe (one-click) and manage."""

import hashlib

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from sitewide.forms import honeypot_filled
from sitewide.models import PrivacySettings
from sitewide.ratelimit import count_attempt, hit_limit
from sitewide.sites import request_site

from . import follow
from .forms import FollowForm, ManageForm
from .models import Frequency
from .targets import (
    ALL_NEWS_PARAM,
    KEYWORD_PARAM,
    NETWORK_PARAM,
    canonical_query,
    targets_from_query,
)
from .tokens import (
    BadToken,
    manage_token,
    read_confirm_token,
    read_manage_token,
    subscription_for,
)

FOLLOW_SCOPE = "follow"
ADDRESS_SCOPE = "follow-address"


def follow_url(keywords=(), network=None, all_news: bool = False) -> str | None:
    """The follow page for these targets, in the current language (sitewide.follow)."""
    query = [(KEYWORD_PARAM, keyword.slug) for keyword in keywords]
    if network is not None:
        query.append((NETWORK_PARAM, network.pk))
    if all_news:
        query.append((ALL_NEWS_PARAM, "1"))
    if not query:
        return None
    return reverse("subscriptions:follow") + "?" + urlencode(query)


def address_limited(email: str) -> bool:
    """Per address, whatever the client: nobody can flood one inbox with confirmations."""
    digest = hashlib.sha256(email.encode()).hexdigest()[:32]
    count = count_attempt(
        f"ratelimit:{ADDRESS_SCOPE}:{digest}", settings.SUBSCRIPTIONS_ADDRESS_RATE_WINDOW_SECONDS
    )
    return count is not None and count > settings.SUBSCRIPTIONS_ADDRESS_RATE_LIMIT


def _follow_page(request, targets, form, status=200):
    return TemplateResponse(
        request,
        "subscriptions/follow.html",
        {
            "targets": targets,
            "form": form,
            "privacy_page": PrivacySettings.page_for_request(request),
        },
        status=status,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def follow_view(request):
    targets = targets_from_query(request.GET, request_site(request))
    canonical = canonical_query(request.GET, targets) if request.method != "POST" else None
    if canonical is not None:
        return HttpResponsePermanentRedirect(f"{request.path}?{canonical.urlencode()}")
    if not targets:
        return TemplateResponse(request, "subscriptions/nothing_to_follow.html", status=404)
    if request.method != "POST":
        return _follow_page(request, targets, FollowForm())
    sent_url = reverse("subscriptions:sent")
    if honeypot_filled(request.POST):
        return HttpResponseRedirect(sent_url)
    form = FollowForm(request.POST)
    if not form.is_valid():
        return _follow_page(request, targets, form, status=400)
    email = form.cleaned_data["email"]
    # Only a submission that would be accepted counts, as for sign-ups.
    if hit_limit(
        FOLLOW_SCOPE,
        request,
        settings.SUBSCRIPTIONS_RATE_LIMIT,
        settings.SUBSCRIPTIONS_RATE_WINDOW_SECONDS,
    ) or address_limited(email):
        return TemplateResponse(request, "subscriptions/rate_limited.html", status=429)
    follow.request_follow(
        email, get_language(), form.cleaned_data["frequency"], targets, request.get_full_path()
    )
    return HttpResponseRedirect(sent_url)


def sent_view(request):
    # One page for new, waiting and following addresses alike.
    return TemplateResponse(request, "subscriptions/sent.html")


def _bad_link(request):
    return TemplateResponse(request, "subscriptions/bad_link.html", status=400)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_view(request, token: str):
    """GET shows a button (mail scanners follow links); the POST confirms."""
    try:
        payload = read_confirm_token(token)
        subscription = subscription_for(payload)
    except BadToken:
        return _bad_link(request)
    if request.method != "POST":
        return TemplateResponse(request, "subscriptions/confirm.html", {"token": token})
    follow.confirm(subscription, payload)
    return HttpResponseRedirect(reverse("subscriptions:manage", args=[manage_token(subscription)]))


@csrf_exempt  # RFC 8058: mail clients post without a page; the signed link is the proof
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token: str):
    """A POST (the mail client's one-click, or the page's button) stops everything; a GET,
    which mail scanners make, only shows the button and the manage link."""
    try:
        subscription = subscription_for(read_manage_token(token))
    except BadToken:
        return _bad_link(request)
    if request.method == "POST":
        follow.withdraw(subscription)
        return TemplateResponse(request, "subscriptions/unsubscribed.html", {"token": token})
    return TemplateResponse(
        request,
        "subscriptions/unsubscribe.html",
        {"token": token, "subscription": subscription},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage_view(request, token: str):
    try:
        subscription = subscription_for(read_manage_token(token))
    except BadToken:
        return _bad_link(request)
    if not subscription.is_active:
        return TemplateResponse(
            request, "subscriptions/unsubscribed.html", {"token": token}, status=410
        )
    initial = {
        "frequency": subscription.frequency,
        "all_news": subscription.all_news,
        "keywords": list(subscription.keywords.all()),
        "networks": list(subscription.networks.all()),
    }
    if request.method == "POST":
        if request.POST.get("stop"):
            follow.withdraw(subscription)
            return TemplateResponse(request, "subscriptions/unsubscribed.html", {"token": token})
        form = ManageForm(request.POST, subscription=subscription)
        if form.is_valid():
            subscription = follow.change(subscription, form.cleaned_data)
            return HttpResponseRedirect(
                reverse("subscriptions:manage", args=[manage_token(subscription)]) + "?saved=1"
            )
        status = 400
    else:
        form = ManageForm(initial=initial, subscription=subscription)
        status = 200
    return TemplateResponse(
        request,
        "subscriptions/manage.html",
        {
            "form": form,
            "subscription": subscription,
            "token": token,
            "saved": request.GET.get("saved") == "1",
            "frequencies": Frequency,
        },
        status=status,
    )
