import functools
import itertools

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.formats import number_format
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Site

from keywords.collation import finnish_sort_key
from keywords.frontcache import KEYWORDS
from keywords.models import Keyword
from keywords.resolve import moved_or_gone
from news.frontcache import NEWS
from sitewide import fragments
from sitewide.pagination import Deferred, page_number_from, paginate
from sitewide.ratelimit import hit_limit
from sitewide.sites import request_site
from sitewide.text import clean_query

from . import analysis, engine, queries, snippets
from .models import Kind, SearchDocument

RESULTS_PER_PAGE = 10
MAX_KEYWORD_FILTERS = 5
MAX_SLUG_LENGTH = 100
REFINE_KEYWORDS = 12
SUGGESTIONS = 8
DID_YOU_MEAN_TRIES = 4
SUGGEST_MAX_LENGTH = 60
# The search form's "Hae kaikilta alueilta": every site of the install instead of this one.
EVERY_SITE_PARAM = "kaikki"


def page_language() -> str:
    language = (get_language() or analysis.FINNISH).split("-")[0]
    return language if language in analysis.LANGUAGES else analysis.FINNISH


def count_label(count: int) -> str:
    """A facet's count as shown: exact up to engine.COUNT_CAP, beyond it "yli 1 000"."""
    if engine.count_is_capped(count):
        return _("yli %(count)s") % {"count": number_format(engine.COUNT_CAP, force_grouping=True)}
    return str(count)


def _search_url(
    query: str, slugs: list[str], kind: str | None = None, every_site: bool = False
) -> str:
    params = [("q", query)] if query else []
    params += [("tag", slug) for slug in slugs]
    if kind:
        params.append(("kind", kind))
    if every_site:
        params.append((EVERY_SITE_PARAM, "1"))
    return reverse("search") + ("?" + urlencode(params) if params else "")


@require_safe
def search(request):
    if hit_limit(
        "search", request, settings.SEARCH_RATE_LIMIT, settings.SEARCH_RATE_WINDOW_SECONDS
    ):
        return render(request, "429.html", status=429)
    query, query_was_cut = clean_query(request.GET.get("q"))
    requested_slugs = _unique(request.GET.getlist("tag"))[:MAX_KEYWORD_FILTERS]
    kind = request.GET.get("kind") if request.GET.get("kind") in Kind.values else None
    site = request_site(request)
    every_site = request.GET.get(EVERY_SITE_PARAM) == "1"
    searched_site = queries.EVERY_SITE if every_site else site
    keywords, unknown = [], []
    for slug in requested_slugs:
        cleaned, _cut = clean_query(slug, MAX_SLUG_LENGTH)
        # Carried only by hidden content (or only by other sites'): as unknown as a made-up slug.
        keyword = queries.visible_keyword(searched_site, cleaned) if cleaned else None
        if keyword is not None and keyword not in keywords:
            keywords.append(keyword)
        elif keyword is None:
            unknown.append(cleaned)

    language = page_language()
    context = {
        "query": query,
        "query_was_cut": query_was_cut,
        "selected_keywords": keywords,
        "unknown_keywords": unknown,
        "searched": bool(query or requested_slugs),
        "kind": kind,
        "analyser_missing": not analysis.voikko_available(),
        "every_site": every_site,
    }
    if not context["searched"]:
        context["keywords"] = SimpleLazyObject(lambda: queries.keywords_in_use(site))
        return render(request, "search/search.html", context)

    groups = queries.query_term_groups(query, language)
    matches = engine.Matches()
    if not unknown and (groups or keywords):
        matches = engine.search(
            groups,
            keyword_ids=[k.pk for k in keywords],
            kind=kind,
            language=language,
            upto=page_number_from(request) * RESULTS_PER_PAGE,
            site_id=None if every_site else _site_id(site),
        )
    results = paginate(
        request, matches.ids, RESULTS_PER_PAGE, count=min(matches.total, engine.CANDIDATES)
    )
    results.object_list = _hits(list(results.object_list), groups)
    if every_site:
        _name_sites(results.object_list, site)
    slugs = [keyword.slug for keyword in keywords]
    context.update(
        results=results,
        total=matches.total,
        capped=matches.capped,
        shown_max=engine.CANDIDATES,
        facet_sample=engine.FACET_SAMPLE,
        count_cap=number_format(engine.COUNT_CAP, force_grouping=True),
        kinds=[
            {
                "value": value,
                "label": label,
                "count": matches.kind_counts.get(value, 0),
                "count_label": count_label(matches.kind_counts.get(value, 0)),
                "url": _search_url(query, slugs, value, every_site),
                "selected": value == kind,
            }
            for value, label in Kind.choices
        ],
        all_kinds_url=_search_url(query, slugs, every_site=every_site),
        all_kinds_count=sum(matches.kind_counts.values()),
        all_kinds_count_label=count_label(sum(matches.kind_counts.values())),
        refine_keywords=_refine_keywords(matches, keywords, query, slugs, kind, every_site),
        did_you_mean=(
            _did_you_mean(query, keywords, kind, language, None if every_site else _site_id(site))
            if not matches.total
            else None
        ),
        remove_keyword_urls=[
            (k, _search_url(query, [s for s in slugs if s != k.slug], kind, every_site))
            for k in keywords
        ],
    )
    return render(request, "search/search.html", context)


def _site_id(site) -> int:
    # No site (a host no site answers, no default site): an id no document carries.
    return site.pk if site is not None else 0


def _in_page_language(url: str) -> str:
    # Cards are not translated pages: the index keeps their Finnish address, and a Swedish or
    # English search links to the same card under its own language prefix.
    return translate_url(url, get_language())


def _hits(ids: list[int], groups) -> list[SearchDocument]:
    documents = SearchDocument.objects.in_bulk(ids)
    hits = [documents[pk] for pk in ids if pk in documents]
    for hit in hits:
        if hit.kind == Kind.EXPERT:
            # The card's title and organisation are its own line (marked); the snippet is
            # its expertise, so the line is not repeated in it.
            hit.url = _in_page_language(hit.url)
            hit.summary_html = snippets.highlight(hit.summary, groups, hit.language)
            hit.snippet = snippets.highlight(hit.text, groups, hit.language)
            continue
        source = f"{hit.summary} {hit.text}" if hit.kind == Kind.NEWS else hit.text
        hit.snippet = snippets.highlight(source or hit.summary, groups, hit.language)
    return hits


def _hit_site_ids(hit: SearchDocument) -> list[int]:
    """The sites a hit is shown on, from its site filter terms (search.engine.site_term)."""
    prefix = engine.site_term(0)[:-1]
    return [int(term[len(prefix) :]) for term in hit.head_terms.split() if term.startswith(prefix)]


def _name_sites(hits: list[SearchDocument], current: Site | None) -> None:
    """For a search of every site: each hit names its site and links to that site's host (a
    card on several sites stays on this one if it is on it). One query for the page's hits."""
    sites = Site.objects.in_bulk({pk for hit in hits for pk in _hit_site_ids(hit)})
    for hit in hits:
        ids = _hit_site_ids(hit)
        site_id = current.pk if current is not None and current.pk in ids else next(iter(ids), None)
        site = sites.get(site_id)
        if site is None:
            continue
        hit.site_label = site.site_name or site.hostname
        if hit.url.startswith("/") and site != current:
            hit.url = site.root_url + hit.url


def _refine_keywords(matches, selected, query, slugs, kind, every_site=False) -> list[dict]:
    chosen = {keyword.pk for keyword in selected}
    counts = [(count, pk) for pk, count in matches.keyword_counts.items() if pk not in chosen]
    top = sorted(counts, key=lambda item: (-item[0], item[1]))[:REFINE_KEYWORDS]
    names = Keyword.objects.in_bulk([pk for _count, pk in top])
    refine = [
        {
            "keyword": names[pk],
            "count": count,
            "count_label": count_label(count),
            "url": _search_url(query, [*slugs, names[pk].slug], kind, every_site),
        }
        for count, pk in top
        if pk in names
    ]
    return sorted(refine, key=lambda item: finnish_sort_key(item["keyword"].name))


def _did_you_mean(query: str, keywords, kind, language: str, site_id: int | None) -> dict | None:
    """The first spelling correction that finds something: Voikko's first guess is not always
    the visitor's word ("osalisuus" -> osaisuus before osallisuus), and a suggestion that
    also finds nothing helps no one. At most DID_YOU_MEAN_TRIES searches, on empty pages only."""
    words = analysis.query_words(query)
    options = [analysis.spelling_suggestions(word) or [word] for word in words]
    if not words or all(option == [word] for option, word in zip(options, words, strict=True)):
        return None
    for corrected in itertools.islice(itertools.product(*options), DID_YOU_MEAN_TRIES):
        text = " ".join(corrected)
        groups = queries.query_term_groups(text, language)
        found = engine.search(
            groups,
            keyword_ids=[k.pk for k in keywords],
            kind=kind,
            language=language,
            site_id=site_id,
        )
        if found.total:
            every_site = site_id is None
            url = _search_url(text, [k.slug for k in keywords], kind, every_site)
            return {"query": text, "url": url}
    return None


def _too_many_suggestions() -> JsonResponse:
    """The friendly 429 as the combobox reads it: no suggestions, and why (page's language)."""
    response = JsonResponse(
        {
            "suggestions": [],
            "error": _("Liian monta yritystä"),
            "detail": _(
                "Samasta osoitteesta on lähetetty lyhyessä ajassa liian monta lomaketta tai "
                "hakua. Odota muutama minuutti ja yritä sitten uudelleen. Mitään ei ole "
                "kadonnut."
            ),
        },
        status=429,
    )
    response["Retry-After"] = str(settings.SUGGESTIONS_RATE_WINDOW_SECONDS)
    return response


@require_safe
def suggestions(request):
    """Keywords and titles for what has been typed so far: small JSON the front cache keeps."""
    if hit_limit(
        "suggestions",
        request,
        settings.SUGGESTIONS_RATE_LIMIT,
        settings.SUGGESTIONS_RATE_WINDOW_SECONDS,
    ):
        return _too_many_suggestions()
    typed, _cut = clean_query(request.GET.get("q"), SUGGEST_MAX_LENGTH)
    words = analysis.words(typed)
    items: list[dict] = []
    if words and len(words[-1]) >= 2:
        site = request_site(request)
        prefix = analysis.fold(words[-1])
        complete = analysis.query_term_groups(" ".join(words[:-1]), page_language())
        for keyword in queries.keywords_starting_with(site, typed, SUGGESTIONS // 2):
            items.append(
                {"label": keyword.name, "kind": _("Asiasana"), "url": keyword.get_absolute_url()}
            )
        ids = engine.head_prefix_matches(
            complete, prefix, SUGGESTIONS - len(items), site_id=_site_id(site)
        )
        documents = SearchDocument.objects.in_bulk(ids)
        labels = dict(Kind.choices)
        for pk in ids:
            if pk in documents:
                document = documents[pk]
                url = (
                    _in_page_language(document.url)
                    if document.kind == Kind.EXPERT
                    else document.url
                )
                items.append({"label": document.title, "kind": labels[document.kind], "url": url})
    return JsonResponse({"suggestions": items})


@require_safe
def keyword_index(request):
    site = request_site(request)
    # Counted only when the keyword-cloud fragment is not cached.
    keywords = SimpleLazyObject(lambda: queries.keywords_in_use(site))
    return render(request, "search/keyword_index.html", {"keywords": keywords})


@require_safe
def keyword(request, slug: str):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404(_("Asiasanaa ei löytynyt."))
    site = request_site(request)
    keyword = queries.cached_visible_keyword(request, site, slug)
    # Only a slug that is not a visible keyword's own can be an old, merged or deleted one.
    moved = None
    if keyword is None or keyword.slug != slug:
        moved = moved_or_gone(
            request, slug, Keyword.get_absolute_url, may_show=queries.shown_on(site)
        )
    if moved is not None:
        return moved
    if keyword is None:
        raise Http404(_("Asiasanaa ei löytynyt."))
    if keyword.slug != slug:
        return redirect(keyword.get_absolute_url(), permanent=True)
    news = functools.partial(queries.news_with_keyword, site, keyword)
    count = fragments.cached(
        request, "keyword-news-count", [NEWS, KEYWORDS], lambda: news().count(), vary=[keyword.pk]
    )
    # Made only if read: the template's fragments read them only when not cached.
    context = {
        "keyword": keyword,
        "news_page": paginate(request, Deferred(news), RESULTS_PER_PAGE, count=count),
        "experts": _when_read(queries.experts_with_keyword, site, keyword),
        "networks": _when_read(queries.networks_with_keyword, site, keyword),
        "events": _when_read(queries.events_with_keyword, site, keyword),
    }
    return render(request, "search/keyword.html", context)


def _when_read(find, *args) -> SimpleLazyObject:
    return SimpleLazyObject(lambda: list(find(*args)))


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
