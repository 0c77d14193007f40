"""Handling the "join the network" form: limits, saving, notifying the coordinator."""

import functools
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from contacts.models import Region
from sitewide.forms import honeypot_filled
from sitewide.models import PrivacySettings
from sitewide.ratelimit import hit_limit
from sitewide.translation import localized_page_url

from .forms import SignUpForm
from .models import NetworkPage, SignUp

logger = logging.getLogger(__name__)


def signup_regions(network: NetworkPage) -> list[Region]:
    """The regions a person can choose: the network's own, or every region if it has none."""
    return network.region_list or list(Region.objects.all())


def signup_form(network: NetworkPage, data=None) -> SignUpForm:
    return SignUpForm(data, regions=signup_regions(network), auto_id="signup-%s")


def signup_context(request, network: NetworkPage) -> dict:
    context = {"signup_is_open": network.signup_is_open()}
    if context["signup_is_open"]:
        # Made only if rendered: the empty form is served from the fragment cache.
        context["signup_form"] = SimpleLazyObject(functools.partial(signup_form, network))
        context["privacy_page"] = SimpleLazyObject(
            functools.partial(PrivacySettings.page_for_request, request)
        )
    return context


def quoted(text: str) -> str:
    """The visitor's text as an email quote: every line starts with "> "."""
    return "\n".join(f"> {line}" for line in (text or "-").splitlines() or ["-"])


def notify_coordinator(signup: SignUp) -> None:
    """Email the coordinator; a failure is logged and never loses the saved sign-up.

    Everything the visitor typed stands in one quoted block under a line saying so, so that
    nobody can write text that reads as the site's own (one-line fields refuse line breaks).
    """
    card = signup.network.coordinator
    if card is None or not card.email:
        logger.warning("Network %s has no coordinator email for sign-ups", signup.network_id)
        return
    subject = _("Uusi ilmoittautuminen: %(network)s") % {"network": signup.network.title}
    visitor_text = "\n".join(
        [
            quoted(_("Nimi: %(value)s") % {"value": signup.name}),
            quoted(_("Organisaatio: %(value)s") % {"value": signup.organisation}),
            quoted(_("Sähköposti: %(value)s") % {"value": signup.email}),
            quoted(_("Viesti:")),
            quoted(signup.message),
        ]
    )
    body = _(
        "Verkostoon %(network)s tuli uusi ilmoittautuminen.\n\n"
        "Ilmoittautujan itse kirjoittama teksti (sivusto ei ole tarkistanut sitä; älä avaa "
        "siinä olevia linkkejä äläkä kirjaudu niiden kautta):\n\n"
        "%(visitor_text)s\n\n"
        "Käsittele ilmoittautuminen ylläpidossa: %(url)s"
    ) % {
        "network": signup.network.title,
        "visitor_text": visitor_text,
        "url": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailsnippets_network_signup:edit", args=[signup.pk]),
    }
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [card.email])
    except Exception:
        logger.exception("Could not notify the coordinator of sign-up %s", signup.pk)


def tell_applicant(network: NetworkPage, email: str, already: bool) -> None:
    """Email the address given in the form: a confirmation, or that it had joined already.

    The page answers both cases alike (membership of a network is not public); only the
    owner of the address learns which it was. The mail holds none of the visitor's text, so
    the form cannot be used to send someone else a message of the visitor's choosing.
    """
    if already:
        subject = _("Olet jo mukana: %(network)s") % {"network": network.title}
        body = _(
            "Hei,\n\n"
            "tällä sähköpostiosoitteella on jo ilmoittauduttu verkostoon %(network)s, joten "
            "uutta ilmoittautumista ei tallennettu. Verkoston koordinaattori on sinuun "
            "yhteydessä.\n\n"
            "Jos et itse täyttänyt lomaketta, voit jättää tämän viestin huomiotta."
        ) % {"network": network.title}
    else:
        subject = _("Kiitos ilmoittautumisesta: %(network)s") % {"network": network.title}
        body = _(
            "Hei,\n\n"
            "ilmoittautumisesi verkostoon %(network)s on vastaanotettu. Verkoston "
            "koordinaattori käsittelee sen ja on sinuun yhteydessä.\n\n"
            "Tietosi säilytetään enintään %(months)d kuukautta. Jos et itse täyttänyt "
            "lomaketta, vastaa tähän viestiin, niin poistamme tiedot."
        ) % {"network": network.title, "months": settings.SIGNUP_RETENTION_MONTHS}
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    except Exception:
        logger.exception("Could not email the applicant of network %s", network.pk)


def save_signup(network: NetworkPage, data: dict) -> SignUp | None:
    """The new sign-up, or None when this address already signed up to this network."""
    if SignUp.objects.filter(network=network, email__iexact=data["email"]).exists():
        return None
    now = timezone.now()
    try:
        with transaction.atomic():
            return SignUp.objects.create(
                network=network,
                name=data["name"],
                organisation=data["organisation"],
                email=data["email"],
                region_or_type=data["region_or_type"],
                message=data["message"],
                consent_at=now,
                created_at=now,
            )
    except IntegrityError:  # the same address at the same moment from another request
        return None


def handle_signup(request, network: NetworkPage):
    if not network.signup_is_open():
        return TemplateResponse(
            request, "network/signup_closed.html", {"page": network}, status=403
        )
    # The visitor's language stays: /sv/... posts, errors and thanks all stay under /sv/.
    page_url = localized_page_url(network, request)
    thanks_url = page_url + network.reverse_subpage("signup_thanks")
    if honeypot_filled(request.POST):
        return HttpResponseRedirect(thanks_url)
    form = signup_form(network, request.POST)
    if not form.is_valid():
        response = network.render(
            request,
            context_overrides={
                "signup_form": form,
                "privacy_page": PrivacySettings.page_for_request(request),
            },
        )
        response.status_code = 400
        return response
    # Only a submission that would be accepted counts: typing errors cost no allowance.
    if hit_limit(
        "signup", request, settings.SIGNUP_RATE_LIMIT, settings.SIGNUP_RATE_WINDOW_SECONDS
    ):
        return TemplateResponse(
            request, "network/signup_rate_limited.html", {"page": network}, status=429
        )
    signup = save_signup(network, form.cleaned_data)
    # New or already joined, the answer is the same page; the email says which it was.
    tell_applicant(network, form.cleaned_data["email"], already=signup is None)
    if signup is not None:
        notify_coordinator(signup)
    return HttpResponseRedirect(thanks_url)


def thanks(request, network: NetworkPage):
    return TemplateResponse(request, "network/signup_thanks.html", {"page": network})
