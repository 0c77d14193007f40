"""A card's own page, and the step that shows its email address or gives its vCard.

The address is never in a page as text: the page carries it encoded, and the visitor's click
decodes it (static/js/email.js). Without JavaScript the same button posts to
`contact_card_email`, which shows the address; the vCard (which holds the address) is given
only to a post too. Posts are rate limited per client, so nobody can collect every address by
walking the directory.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from sitewide.frontcache import add_cache_keys
from sitewide.ratelimit import hit_limit
from sitewide.sites import request_site

from .frontcache import contact_key
from .models import ContactCard
from .vcard import vcard_for


def _published_card(request, token: str) -> ContactCard:
    # Drafts, deleted cards and cards of other sites answer alike: not found.
    cards = ContactCard.objects.published().on_site(request_site(request))
    return get_object_or_404(cards.for_listing(), token=token)


def _over_limit(request) -> bool:
    return hit_limit(
        "contact-details",
        request,
        settings.CONTACT_DETAILS_RATE_LIMIT,
        settings.CONTACT_DETAILS_RATE_WINDOW_SECONDS,
    )


@require_safe
def contact_card(request, token: str):
    card = _published_card(request, token)
    add_cache_keys(request, contact_key(card.pk))
    return render(request, "contacts/contact_card_page.html", {"card": card})


@never_cache
@require_POST
def contact_card_email(request, token: str):
    card = _published_card(request, token)
    if not card.email:
        raise Http404
    if _over_limit(request):
        return TemplateResponse(request, "429.html", {}, status=429)
    return render(request, "contacts/contact_card_page.html", {"card": card, "show_email": True})


@never_cache
@require_POST
def contact_card_vcard(request, token: str):
    card = _published_card(request, token)
    if _over_limit(request):
        return TemplateResponse(request, "429.html", {}, status=429)
    response = HttpResponse(vcard_for(card), content_type="text/vcard; charset=utf-8")
    filename = f"{slugify(card.name) or 'yhteystiedot'}.vcf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
