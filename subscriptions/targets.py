"""What a follow link names: keywords (by slug), networks (by id), or all news."""

from dataclasses import dataclass, field

from django.http import QueryDict

from keywords.models import Keyword
from keywords.resolve import NOT_FOUND, resolve_keyword_slug
from network.models import NetworkPage
from search.queries import EVERY_SITE, is_publicly_used, publicly_used
from sitewide.sites import in_site

KEYWORD_PARAM = "asiasana"
NETWORK_PARAM = "verkosto"
ALL_NEWS_PARAM = "kaikki"
# A follow link names at most this many things; more is not a link the site made.
MAX_TARGETS = 10


@dataclass
class Targets:
    keywords: list[Keyword] = field(default_factory=list)
    networks: list[NetworkPage] = field(default_factory=list)
    all_news: bool = False

    def __bool__(self) -> bool:
        return bool(self.keywords or self.networks or self.all_news)

    def as_payload(self) -> dict:
        return {
            "kw": [keyword.pk for keyword in self.keywords],
            "nw": [network.pk for network in self.networks],
            "all": self.all_news,
        }


def targets_from_query(query: QueryDict, site=EVERY_SITE) -> Targets:
    """The keywords, networks and all-news named in `query`; unknown ones are left out."""
    slugs = [slug for slug in query.getlist(KEYWORD_PARAM) if slug][:MAX_TARGETS]
    ids = [value for value in query.getlist(NETWORK_PARAM) if value.isdigit()][:MAX_TARGETS]
    # A keyword visitors may not see is unknown here too: the page must not reveal it exists.
    # On a site's follow page, only what that site shows (another site's keyword or network
    # is as unknown there as a made-up one).
    keywords = publicly_used(Keyword.objects.filter(slug__in=slugs), site)
    keywords = list(keywords.order_by("sort_key", "pk"))
    networks = NetworkPage.objects.live().public().filter(pk__in=ids)
    if site is not EVERY_SITE:
        networks = in_site(networks, site)
    networks = list(networks.order_by("title"))
    return Targets(keywords, networks, query.get(ALL_NEWS_PARAM) == "1")


def canonical_query(query: QueryDict, targets: Targets) -> QueryDict | None:
    """`query` with each renamed, merged, synonym or folded keyword slug replaced by its
    keyword's own, as keyword pages redirect; None when every slug is already its own.
    Only the slugs `targets` did not find are looked up."""
    slugs = query.getlist(KEYWORD_PARAM)[:MAX_TARGETS]
    found = {keyword.slug for keyword in targets.keywords}
    own = []
    for slug in slugs:
        resolution = NOT_FOUND if slug in found else resolve_keyword_slug(slug, is_publicly_used)
        own.append(resolution.keyword.slug if resolution.moved else slug)
    if own == slugs:
        return None
    canonical = query.copy()
    canonical.setlist(KEYWORD_PARAM, own)
    return canonical


def targets_from_payload(payload: dict) -> Targets:
    """The follows a confirmation token carries, as they exist now (a deleted one is gone)."""
    payload = payload if isinstance(payload, dict) else {}
    keywords = list(Keyword.objects.filter(pk__in=payload.get("kw") or []))
    networks = list(NetworkPage.objects.filter(pk__in=payload.get("nw") or []))
    return Targets(keywords, networks, bool(payload.get("all")))
