"""The public contact directory of a site: its published cards (ContactCard.sites) narrowed by
organisation, region, keyword, text; the filters offer only what the site's cards have."""

import functools

from django.db.models import Q
from django.utils.functional import SimpleLazyObject

from keywords.models import Keyword
from sitewide import fragments
from sitewide.pagination import Deferred, paginate
from sitewide.sites import request_site
from sitewide.text import clean_query

from .models import ContactCard, Organisation, Region

CARDS_PER_PAGE = 12
MAX_SLUG_LENGTH = 200


def published_cards(site):
    return ContactCard.objects.published().on_site(site)


def cards_matching(site, text: str):
    """`site`'s published cards whose name, title or expertise contains every word of
    `text`."""
    cards = published_cards(site)
    for word in text.split()[:10]:
        cards = cards.filter(
            Q(name__icontains=word) | Q(job_title__icontains=word) | Q(expertise__icontains=word)
        )
    return cards


def organisations_with_cards(site):
    return (
        Organisation.objects.filter(contact_cards__live=True, contact_cards__sites=site)
        .distinct()
        .order_by("name")
    )


def regions_with_cards(site):
    return (
        Region.objects.filter(
            organisations__contact_cards__live=True, organisations__contact_cards__sites=site
        )
        .distinct()
        .order_by("area", "name")
    )


def keywords_on_cards(site):
    return Keyword.objects.filter(
        contact_cards__content_object__live=True, contact_cards__content_object__sites=site
    ).distinct()


def _chosen(request, name: str) -> str:
    value, _cut = clean_query(request.GET.get(name), MAX_SLUG_LENGTH)
    return value


# The directory's filters: query parameter, the chosen object by its slug (None when there is
# no such object), and the cards narrowed to it.
FILTERS = (
    (
        "organisaatio",
        lambda slug: Organisation.objects.filter(slug=slug).first(),
        lambda cards, found: cards.filter(organisation=found),
    ),
    (
        "alue",
        lambda slug: Region.objects.filter(slug=slug).first(),
        lambda cards, found: cards.filter(organisation__region=found),
    ),
    (
        "asiasana",
        lambda slug: Keyword.objects.by_url_slug(slug),
        lambda cards, found: cards.with_keyword(found),
    ),
)


def directory_context(request) -> dict:
    from .frontcache import CONTACTS

    site = request_site(request)
    text, text_was_cut = clean_query(request.GET.get("q"))
    # `chosen` names only objects that exist, so the cached filter lists vary on a bounded set.
    chosen: dict[str, str] = {}
    unknown_filters = []
    narrowings = []
    for name, find, narrow in FILTERS:
        slug = _chosen(request, name)
        chosen[name] = ""
        if not slug:
            continue
        found = find(slug)
        if found is None:
            unknown_filters.append(slug)
        else:
            chosen[name] = found.slug  # a keyword's old or folded slug becomes its own
            narrowings.append(functools.partial(narrow, found=found))
    filtered = bool(text or narrowings or unknown_filters)

    def cards():
        found = cards_matching(site, text) if text else published_cards(site)
        if unknown_filters:
            return found.none()
        for narrowing in narrowings:
            found = narrowing(found)
        return found.for_listing().order_by("name", "pk")

    if filtered:
        cards_page = paginate(request, cards(), CARDS_PER_PAGE)
    else:
        # The whole directory: its count and pages are cached, so its query is built only
        # when a page of it is not (the template's fragment).
        count = fragments.cached(request, "directory-count", [CONTACTS], lambda: cards().count())
        cards_page = paginate(request, Deferred(cards), CARDS_PER_PAGE, count=count)
    return {
        "cards_page": cards_page,
        "query": text,
        "query_was_cut": text_was_cut,
        "unknown_filters": unknown_filters,
        "chosen": chosen,
        "organisations": SimpleLazyObject(lambda: list(organisations_with_cards(site))),
        "regions": SimpleLazyObject(lambda: list(regions_with_cards(site))),
        "card_keywords": SimpleLazyObject(lambda: list(keywords_on_cards(site))),
        "filtered": filtered,
    }
