"""What each kind of content contributes to the search index, and who may see it.

One function per kind turns an object into an unsaved SearchDocument; `*_for_index()` name the
querysets of what an anonymous visitor may see, with what the documents read fetched in a
fixed number of queries per batch. Keyword names reach the index only through
`keyword_terms()`, so alternative names of a keyword can be added there later.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from contacts.models import ContactCard
from keywords.models import Keyword
from network.models import EventPage, NetworkPage
from news.models import NewsPage
from pages.models import AccessibilityStatementPage, StandardPage
from sitewide.routing import exclude_view_restricted

from . import analysis
from .engine import site_term
from .models import Kind, SearchDocument

# Bounds on what one item stores: the snippet's source text and the title.
MAX_TEXT = 20_000
MAX_SUMMARY = 600
_URLISH = re.compile(r"^(https?:|mailto:|/)")
_BLOCK_TAG = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|br|div|tr|td|th|table|blockquote)\b[^>]*>", re.I)

PLAIN_PAGE_MODELS = (StandardPage, AccessibilityStatementPage)
PLAIN_PAGE_FIELDS = {
    StandardPage: ("body",),
    AccessibilityStatementPage: ("intro", "known_gaps", "assessment", "feedback_contact"),
}


def keyword_terms(keyword: Keyword, language: str = analysis.FINNISH) -> set[str]:
    """The terms a keyword adds to everything that carries it: its name, analysed, and its id
    as the filter term. (The place to add a keyword's alternative names.)"""
    return analysis.text_terms(keyword.name, language) | {analysis.keyword_term(keyword.pk)}


def plain(value: str) -> str:
    """Text of rich-text HTML: tags dropped, entities decoded, whitespace collapsed."""
    text = _BLOCK_TAG.sub(" ", value or "")
    return " ".join(html.unescape(strip_tags(text)).split())


def stream_text(raw) -> list[str]:
    """Every text in a StreamField's raw data (any block type, nested), without ids or URLs."""
    texts: list[str] = []

    def walk(value, key: str = "") -> None:
        if isinstance(value, str):
            if key not in ("id", "type") and value.strip() and not _URLISH.match(value):
                texts.append(plain(value))
        elif isinstance(value, dict):
            for child_key, child in value.items():
                walk(child, child_key)
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
            for child in value:
                walk(child, key)

    walk(raw)
    return texts


def _document(
    kind: str,
    obj,
    *,
    title: str,
    url: str,
    language: str,
    date,
    summary: str,
    texts: Iterable[str],
    keywords: Iterable[Keyword],
    sites: Iterable[int],
    head: Iterable[str] = (),
) -> SearchDocument:
    keywords = list(keywords)
    sites = set(sites)
    texts = [text for text in texts if text]
    head_terms = analysis.text_terms(" ".join([title, *head]), language)
    # The sites it is shown on, as filter terms; among the head terms too, which suggestions
    # match alone.
    head_terms |= {site_term(site_id) for site_id in sites}
    for keyword in keywords:
        head_terms |= keyword_terms(keyword, language) - {analysis.keyword_term(keyword.pk)}
    terms = set(head_terms)
    for text in [summary, *texts]:
        terms |= analysis.text_terms(text, language)
    for keyword in keywords:
        terms |= keyword_terms(keyword, language)
    terms.add(analysis.kind_term(kind))
    body = " ".join(texts)
    return SearchDocument(
        kind=kind,
        object_id=obj.pk,
        language=language,
        title=title[:255],
        url=url[:500],
        date=date,
        summary=summary[:MAX_SUMMARY],
        text=body[:MAX_TEXT],
        keyword_ids=" ".join(str(keyword.pk) for keyword in keywords),
        head_terms=" ".join(sorted(head_terms)),
        terms=" ".join(sorted(terms)),
        site_id=next(iter(sites)) if len(sites) == 1 else None,
    )


# Pages ---------------------------------------------------------------------------------------


def _language(page: Page) -> str:
    code = page.locale.language_code if page.locale_id else analysis.FINNISH
    return code if code in analysis.LANGUAGES else analysis.FINNISH


def _page_date(page: Page):
    moment = page.last_published_at or page.first_published_at
    return timezone.localtime(moment).date() if moment else None


def _url(page: Page, root_paths) -> str | None:
    page._wagtail_cached_site_root_paths = root_paths
    return page.get_url(None)


def page_sites(page: Page, root_paths) -> set[int]:
    """The sites whose trees (a root page or one of its translations) hold `page`: the rule of
    sitewide.sites.in_site, read from Wagtail's root paths instead of a query per page."""
    return {root.site_id for root in root_paths if (page.url_path or "").startswith(root.root_path)}


def news_document(page: NewsPage, root_paths) -> SearchDocument | None:
    url = _url(page, root_paths)
    if not url:
        return None
    return _document(
        Kind.NEWS,
        page,
        title=page.title,
        url=url,
        language=_language(page),
        date=page.display_date,
        summary=page.lead,
        texts=stream_text(page.body.raw_data),
        keywords=page.keywords.all(),
        sites=page_sites(page, root_paths),
    )


def network_document(page: NetworkPage, root_paths) -> SearchDocument | None:
    url = _url(page, root_paths)
    if not url:
        return None
    purpose = plain(page.purpose)
    return _document(
        Kind.NETWORK,
        page,
        title=page.title,
        url=url,
        language=_language(page),
        date=_page_date(page),
        summary=purpose[:300],
        texts=[purpose, " ".join(region.name for region in page.regions.all())],
        keywords=page.keywords.all(),
        sites=page_sites(page, root_paths),
    )


def event_document(page: EventPage, root_paths) -> SearchDocument | None:
    url = _url(page, root_paths)
    if not url:
        return None
    description = plain(page.description)
    # Not the organising network's name: it may be a private one (see EventPage.organiser).
    return _document(
        Kind.EVENT,
        page,
        title=page.title,
        url=url,
        language=_language(page),
        date=timezone.localtime(page.start).date(),
        summary=description[:300],
        texts=[description, page.venue, page.address],
        keywords=page.keywords.all(),
        sites=page_sites(page, root_paths),
    )


def plain_page_document(page: Page, root_paths) -> SearchDocument | None:
    url = _url(page, root_paths)
    if not url:
        return None
    fields = PLAIN_PAGE_FIELDS.get(type(page), ())
    texts = [plain(getattr(page, name, "")) for name in fields]
    return _document(
        Kind.PAGE,
        page,
        title=page.title,
        url=url,
        language=_language(page),
        date=_page_date(page),
        summary=(page.search_description or (texts[0] if texts else ""))[:300],
        texts=texts,
        keywords=(),
        sites=page_sites(page, root_paths),
    )


def card_document(card: ContactCard, root_paths=None) -> SearchDocument:
    """A card's public fields: never its email address or phone number."""
    organisation = card.organisation.name if card.organisation else ""
    with translation.override(analysis.FINNISH):
        url = card.get_absolute_url()
    return _document(
        Kind.EXPERT,
        card,
        title=card.name,
        url=url,
        language=analysis.FINNISH,
        date=None,
        summary=", ".join(part for part in (card.job_title, organisation) if part),
        texts=[card.expertise],
        keywords=card.keywords.all(),
        sites=[site.pk for site in card.sites.all()],
        head=[card.job_title, organisation],
    )


# What is indexed -----------------------------------------------------------------------------


def public_pages(model):
    return exclude_view_restricted(model.objects.live()).select_related("locale")


def news_for_index():
    return public_pages(NewsPage).prefetch_related("keywords")


def networks_for_index():
    return public_pages(NetworkPage).prefetch_related("keywords", "regions")


def events_for_index():
    return public_pages(EventPage).prefetch_related("keywords")


def cards_for_index():
    return (
        ContactCard.objects.published()
        .select_related("organisation")
        .prefetch_related("keywords", "sites")
    )


# (kind, model, queryset, document function) for every kind, in rebuild order.
SOURCES = [
    (Kind.NEWS, NewsPage, news_for_index, news_document),
    (Kind.NETWORK, NetworkPage, networks_for_index, network_document),
    (Kind.EVENT, EventPage, events_for_index, event_document),
    (Kind.EXPERT, ContactCard, cards_for_index, card_document),
    *[
        (Kind.PAGE, model, lambda model=model: public_pages(model), plain_page_document)
        for model in PLAIN_PAGE_MODELS
    ],
]


def source_for(obj) -> tuple | None:
    for source in SOURCES:
        if type(obj) is source[1]:
            return source
    return None


def site_root_paths():
    return Site.get_site_root_paths()


def documents_for(objs: list, function, root_paths) -> list[SearchDocument]:
    documents = (function(obj, root_paths) for obj in objs)
    return [document for document in documents if document is not None]


def prefetch_for(queryset, objs: list) -> list:
    """`objs` refetched through `queryset`: only those still public, with what they need."""
    return list(queryset.filter(pk__in=[obj.pk for obj in objs]))
