from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from .models import ContactCard
from .vcard import vcard_for

MAX_ID = 2**63 - 1


def _published_card(pk: int) -> ContactCard:
    # Drafts and deleted cards answer alike: not found. Ids past bigint never exist.
    if pk > MAX_ID:
        raise Http404
    return get_object_or_404(ContactCard.objects.published().for_listing(), pk=pk)


@require_safe
def contact_card(request, pk: int):
    return render(request, "contacts/contact_card_page.html", {"card": _published_card(pk)})


@require_safe
def contact_card_vcard(request, pk: int):
    card = _published_card(pk)
    response = HttpResponse(vcard_for(card), content_type="text/vcard; charset=utf-8")
    filename = f"{slugify(card.name) or 'yhteystiedot'}.vcf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
