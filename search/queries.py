"""What the search and keyword pages show, each as a function named for what it returns."""

from django.db.models import (
    Case,
    Count,
    Exists,
    OuterRef,
    Q,
    Value,
    When,
)
from django.utils import timezone

from contacts.models import ContactCard, ContactCardKeyword
from keywords.models import Keyword, KeywordSynonym, ascii_fold
from network.models import EventPage, EventPageKeyword, NetworkPage, NetworkPageKeyword
from news.models import NewsPage, NewsPageKeyword
from sitewide import fragments
from sitewide.sites import in_site
from sitewide.translation import once_in_visitors_language

from . import analysis
from .frontcache import EVERYTHING_LISTED

# What `site` arguments accept besides a Site: the whole install (subscriptions, which follow a
# keyword on every site, and a search of every site).
EVERY_SITE = object()


def _pages_on(pages, site):
    return pages if site is EVERY_SITE else in_site(pages, site)


def published_cards(site):
    cards = ContactCard.objects.published()
    return cards if site is EVERY_SITE else cards.on_site(site)


def live_news(site):
    """Public news of `site`, each article once in the visitor's language."""
    return once_in_visitors_language(
        _pages_on(NewsPage.objects.live().without_view_restrictions(), site)
    )


def live_networks(site):
    return _pages_on(NetworkPage.objects.live().without_view_restrictions(), site)


def live_events(site):
    return _pages_on(EventPage.objects.live().without_view_restrictions(), site)


def _used_by(through_model, visible) -> Exists:
    # The visible items joined to their keyword rows, not keyword rows `IN (visible ids)`:
    # PostgreSQL then walks the site's items and looks up each one's rows by index; the IN
    # form it compared row by row with every row of the keyword on every site (188 ms for one
    # keyword page of a site of twenty, against 1.7 ms; docs/performance.md).
    link = through_model._meta.get_field("content_object").related_query_name()
    return Exists(visible.filter(**{f"{link}__tag": OuterRef("pk")}))


def publicly_used(keywords, site=EVERY_SITE):
    """The keywords of `keywords` that something an anonymous visitor may see on `site`
    carries (one vocabulary for the install, but a site shows only the keywords it uses).

    The one rule for whether a keyword shows at all: a keyword that only drafts, private pages
    or unpublished cards carry must not reveal that it exists (keyword pages, feeds, search
    filters and suggestions all ask here).
    """
    return keywords.filter(
        _used_by(NewsPageKeyword, live_news(site))
        | _used_by(ContactCardKeyword, published_cards(site))
        | _used_by(NetworkPageKeyword, live_networks(site))
        | _used_by(EventPageKeyword, live_events(site))
    )


def is_publicly_used(keyword: Keyword, site=EVERY_SITE) -> bool:
    """`publicly_used` for one keyword: may visitors of `site` see that it exists at all?"""
    return publicly_used(Keyword.objects.filter(pk=keyword.pk), site).exists()


def visible_keyword(site, slug: str) -> Keyword | None:
    """The keyword for a URL slug (canonical or ASCII-folded) if visitors of `site` may see
    it."""
    keyword = Keyword.objects.by_url_slug(slug)
    if keyword is None or not is_publicly_used(keyword, site):
        return None
    return keyword


def shown_on(site):
    """`is_publicly_used` on `site`, as keywords.resolve's `may_show` asks it."""
    return lambda keyword: is_publicly_used(keyword, site)


def cached_visible_keyword(request, site, slug: str) -> Keyword | None:
    """`queries.visible_keyword`, until a change of anything a keyword can be visible on.
    Unknown slugs are not remembered: anyone can make up any number of them. (Fragments vary
    by the request's site, which is `site`.)"""
    keyword = fragments.lookup(request, "keyword-visible", EVERYTHING_LISTED, vary=[slug])
    if keyword is fragments.MISSING:
        keyword = visible_keyword(site, slug)
        if keyword is not None:
            fragments.store(request, "keyword-visible", EVERYTHING_LISTED, keyword, vary=[slug])
    return keyword


def _count_by_keyword(visible) -> dict[int, int]:
    """{keyword id: how many of `visible` carry it}, in one grouped query that walks the
    visible items and their keyword rows: a site's own, not every site's."""
    rows = visible.order_by().values_list("keyword_items__tag").annotate(count=Count("*"))
    return {tag: count for tag, count in rows if tag is not None}


def keywords_in_use(site) -> list[Keyword]:
    """Keywords on anything visitors of `site` can see (`publicly_used`: carried by something
    visible), in Finnish order, with its `news_count`, `expert_count`, `network_count` and
    `event_count`.

    Counted per kind of item in one query each, not per keyword: a count subquery for each of
    300 keywords cost 2.2 s of PostgreSQL on a site of twenty (docs/performance.md)."""
    counts = {
        "news_count": _count_by_keyword(live_news(site)),
        "expert_count": _count_by_keyword(published_cards(site)),
        "network_count": _count_by_keyword(live_networks(site)),
        "event_count": _count_by_keyword(live_events(site)),
    }
    keywords = list(Keyword.objects.filter(pk__in=set().union(*counts.values())).in_finnish_order())
    for keyword in keywords:
        for name, by_keyword in counts.items():
            setattr(keyword, name, by_keyword.get(keyword.pk, 0))
    return keywords


def experts_with_keyword(site, keyword: Keyword):
    # The cards on a keyword page show no keyword list, so none are fetched.
    return (
        published_cards(site)
        .with_keyword(keyword)
        .select_related("organisation", "photo")
        .order_by("name")
    )


def networks_with_keyword(site, keyword: Keyword):
    return live_networks(site).with_keyword(keyword).order_by("title", "id")


def events_with_keyword(site, keyword: Keyword, limit: int = 20):
    """Upcoming events first, soonest first; then the past ones."""
    now = timezone.now()
    return (
        live_events(site)
        .with_keyword(keyword)
        .for_listing()
        .annotate(ended=Case(When(end__lt=now, then=Value(1)), default=Value(0)))
        .order_by("ended", "start", "id")[:limit]
    )


def news_with_keyword(site, keyword: Keyword):
    return live_news(site).with_keyword(keyword).newest_first().for_listing()


def keywords_starting_with(site, text: str, limit: int):
    """Keywords visible on `site` whose name (or its ASCII-folded slug) starts with `text`."""
    text = " ".join(text.split())
    if not text:
        return Keyword.objects.none()
    folded = ascii_fold(text).replace(" ", "-")
    return publicly_used(
        Keyword.objects.filter(Q(name__istartswith=text) | Q(ascii_slug__startswith=folded)),
        site,
    ).order_by("name")[:limit]


def keywords_named_by_synonyms(words: list[str]) -> dict[str, int]:
    """{word: keyword id} for the words that are a keyword's alternative name ("sote")."""
    slugs = {ascii_fold(Keyword().slugify(word)): word for word in words}
    found = KeywordSynonym.objects.filter(ascii_slug__in=slugs).values_list(
        "ascii_slug", "keyword_id"
    )
    return {slugs[slug]: keyword_id for slug, keyword_id in found}


def query_term_groups(query: str, language: str) -> list[frozenset[str]]:
    """The query's analysed term groups (search.analysis); a word that is a keyword's
    alternative name also matches everything that carries the keyword."""
    words = analysis.query_words(query)
    synonyms = keywords_named_by_synonyms(words) if words else {}
    groups: list[frozenset[str]] = []
    for word in words:
        parts = analysis.query_term_groups(word, language)
        if word in synonyms and len(parts) == 1:
            parts = [parts[0] | {analysis.keyword_term(synonyms[word])}]
        groups.extend(parts)
    return groups
