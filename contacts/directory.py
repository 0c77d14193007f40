"""The public contact directory: published cards narrowed by organisation, region, keyword, text."""

from django.db.models import Q

from keywords.models import Keyword
from sitewide.pagination import paginate
from sitewide.text import clean_query

from .models import ContactCard, Organisation, Region

CARDS_PER_PAGE = 12
MAX_SLUG_LENGTH = 200


def published_cards():
    return ContactCard.objects.published()


def cards_matching(text: str):
    """Published cards whose name, title or expertise contains every word of `text`."""
    cards = published_cards()
    for word in text.split()[:10]:
        cards = cards.filter(
            Q(name__icontains=word) | Q(job_title__icontains=word) | Q(expertise__icontains=word)
        )
    return cards


def organisations_with_cards():
    return Organisation.objects.filter(contact_cards__live=True).distinct().order_by("name")


def regions_with_cards():
    return (
        Region.objects.filter(organisations__contact_cards__live=True)
        .distinct()
        .order_by("area", "name")
    )


def keywords_on_cards():
    return Keyword.objects.filter(contact_cards__content_object__live=True).distinct()


def _chosen(request, name: str) -> str:
    value, _cut = clean_query(request.GET.get(name), MAX_SLUG_LENGTH)
    return value


def directory_context(request) -> dict:
    text, text_was_cut = clean_query(request.GET.get("q"))
    organisation_slug = _chosen(request, "organisaatio")
    region_slug = _chosen(request, "alue")
    keyword_slug = _chosen(request, "asiasana")

    cards = cards_matching(text) if text else published_cards()
    unknown_filters = []
    if organisation_slug:
        organisation = Organisation.objects.filter(slug=organisation_slug).first()
        if organisation is None:
            unknown_filters.append(organisation_slug)
            cards = cards.none()
        else:
            cards = cards.filter(organisation=organisation)
    if region_slug:
        region = Region.objects.filter(slug=region_slug).first()
        if region is None:
            unknown_filters.append(region_slug)
            cards = cards.none()
        else:
            cards = cards.filter(organisation__region=region)
    if keyword_slug:
        keyword = Keyword.objects.by_url_slug(keyword_slug)
        if keyword is None:
            unknown_filters.append(keyword_slug)
            cards = cards.none()
        else:
            keyword_slug = keyword.slug
            cards = cards.with_keyword(keyword)

    return {
        "cards_page": paginate(request, cards.for_listing().order_by("name", "pk"), CARDS_PER_PAGE),
        "query": text,
        "query_was_cut": text_was_cut,
        "unknown_filters": unknown_filters,
        "chosen": {
            "organisaatio": organisation_slug,
            "alue": region_slug,
            "asiasana": keyword_slug,
        },
        "organisations": organisations_with_cards(),
        "regions": regions_with_cards(),
        "card_keywords": keywords_on_cards(),
        "filtered": bool(text or organisation_slug or region_slug or keyword_slug),
    }
