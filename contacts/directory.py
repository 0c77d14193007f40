"""The public contact directory: published cards narrowed by organisation, region, keyword, text."""

from django.db.models import Q

from keywords.models import Keyword
from sitewide import fragments
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
    from .frontcache import CONTACTS

    text, text_was_cut = clean_query(request.GET.get("q"))
    cards = cards_matching(text) if text else published_cards()
    # `chosen` names only objects that exist, so the cached filter lists vary on a bounded set.
    chosen: dict[str, str] = {}
    unknown_filters = []
    for name, find, narrow in FILTERS:
        slug = _chosen(request, name)
        chosen[name] = ""
        if not slug:
            continue
        found = find(slug)
        if found is None:
            unknown_filters.append(slug)
            cards = cards.none()
        else:
            chosen[name] = found.slug  # a keyword's old or folded slug becomes its own
            cards = narrow(cards, found)
    filtered = bool(text or any(chosen.values()) or unknown_filters)
    cards = cards.for_listing().order_by("name", "pk")
    # The whole directory's count changes only with a card; a narrowed one is counted each time.
    count = (
        None if filtered else fragments.cached(request, "directory-count", [CONTACTS], cards.count)
    )
    # Lists not yet read: the template's fragments read them only when not cached.
    return {
        "cards_page": paginate(request, cards, CARDS_PER_PAGE, count=count),
        "query": text,
        "query_was_cut": text_was_cut,
        "unknown_filters": unknown_filters,
        "chosen": chosen,
        "organisations": organisations_with_cards(),
        "regions": regions_with_cards(),
        "card_keywords": keywords_on_cards(),
        "filtered": filtered,
    }
