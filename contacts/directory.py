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


# The directory's filters: query parameter, the chosen object by its slug (None when there is
# no such object), and the cards narrowed to it.
FILTERS = (
    (
        "organisaatio",
        lambda slug: Organisation.objects.filter(slug=slug).first(),
        lambda cards, organisation: cards.filter(organisation=organisation),
    ),
    (
        "alue",
        lambda slug: Region.objects.filter(slug=slug).first(),
        lambda cards, region: cards.filter(organisation__region=region),
    ),
    (
        "asiasana",
        lambda slug: Keyword.objects.by_url_slug(slug),
        lambda cards, keyword: cards.with_keyword(keyword),
    ),
)


def directory_context(request) -> dict:
    text, text_was_cut = clean_query(request.GET.get("q"))
    cards = cards_matching(text) if text else published_cards()
    chosen: dict[str, str] = {}
    unknown_filters = []
    for name, find, narrow in FILTERS:
        slug = chosen[name] = _chosen(request, name)
        if not slug:
            continue
        found = find(slug)
        if found is None:
            unknown_filters.append(slug)
            cards = cards.none()
        else:
            chosen[name] = found.slug  # a keyword's old or folded slug becomes its own
            cards = narrow(cards, found)

    return {
        "cards_page": paginate(request, cards.for_listing().order_by("name", "pk"), CARDS_PER_PAGE),
        "query": text,
        "query_was_cut": text_was_cut,
        "unknown_filters": unknown_filters,
        "chosen": chosen,
        "organisations": organisations_with_cards(),
        "regions": regions_with_cards(),
        "card_keywords": keywords_on_cards(),
        "filtered": bool(text or any(chosen.values())),
    }
