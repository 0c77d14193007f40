from django.conf import settings
from django.core.paginator import Page
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from keywords.collation import in_finnish_order
from keywords.models import Keyword
from keywords.resolve import moved_or_gone
from sitewide.pagination import paginate
from sitewide.ratelimit import hit_limit
from sitewide.text import clean_query

from . import queries

RESULTS_PER_PAGE = 10
MAX_KEYWORD_FILTERS = 5
MAX_SLUG_LENGTH = 100


@require_safe
def search(request):
    if hit_limit(
        "search", request, settings.SEARCH_RATE_LIMIT, settings.SEARCH_RATE_WINDOW_SECONDS
    ):
        return render(request, "429.html", status=429)
    query, query_was_cut = clean_query(request.GET.get("q"))
    requested_slugs = _unique(request.GET.getlist("tag"))[:MAX_KEYWORD_FILTERS]
    keywords, unknown = [], []
    for slug in requested_slugs:
        cleaned, _cut = clean_query(slug, MAX_SLUG_LENGTH)
        keyword = Keyword.objects.by_url_slug(cleaned) if cleaned else None
        if keyword and not queries.keywords_in_use().filter(pk=keyword.pk).exists():
            keyword = None  # carried only by hidden content: as unknown as a made-up slug
        (keywords if keyword else unknown).append(keyword or cleaned)

    context = {
        "query": query,
        "query_was_cut": query_was_cut,
        "selected_keywords": keywords,
        "unknown_keywords": unknown,
        "searched": bool(query or requested_slugs),
    }
    if not context["searched"]:
        context["keywords"] = queries.keywords_in_use()
        return render(request, "search/search.html", context)

    if unknown:
        results: Page | None = paginate(request, [], RESULTS_PER_PAGE)
    elif query:
        ids_page = paginate(request, queries.matching_news_ids(query, keywords), RESULTS_PER_PAGE)
        ids_page.object_list = queries.news_by_ids(list(ids_page.object_list))
        results = ids_page
    else:
        results = paginate(
            request,
            queries.live_news().with_all_keywords(keywords).newest_first().for_listing(),
            RESULTS_PER_PAGE,
        )
    context["results"] = results
    context["refine_keywords"] = [
        keyword for keyword in _keywords_on(results) if keyword not in keywords
    ]
    return render(request, "search/search.html", context)


@require_safe
def keyword_index(request):
    return render(request, "search/keyword_index.html", {"keywords": queries.keywords_in_use()})


@require_safe
def keyword(request, slug: str):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404(_("Asiasanaa ei löytynyt."))
    if (moved := moved_or_gone(request, slug, Keyword.get_absolute_url)) is not None:
        return moved
    keyword = Keyword.objects.by_url_slug(slug)
    if keyword is None:
        raise Http404(_("Asiasanaa ei löytynyt."))
    if keyword.slug != slug:
        return redirect(keyword.get_absolute_url(), permanent=True)
    context = {
        "keyword": keyword,
        "news_page": paginate(request, queries.news_with_keyword(keyword), RESULTS_PER_PAGE),
        "experts": list(queries.experts_with_keyword(keyword)),
        "networks": list(queries.networks_with_keyword(keyword)),
        "events": list(queries.events_with_keyword(keyword)),
    }
    # A keyword that only drafts carry must not reveal that it exists.
    if not (
        context["news_page"].paginator.count
        or context["experts"]
        or context["networks"]
        or context["events"]
    ):
        raise Http404(_("Asiasanaa ei löytynyt."))
    return render(request, "search/keyword.html", context)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def _keywords_on(results) -> list[Keyword]:
    seen: dict[int, Keyword] = {}
    for page in results or []:
        for keyword in page.keywords.all():
            seen.setdefault(keyword.pk, keyword)
    return in_finnish_order(seen.values())
