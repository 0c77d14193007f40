"""Which keyword a requested URL slug means: the keyword itself, a redirect, or gone.

Keyword pages and keyword feeds ask this one function, so that a renamed, merged, deleted or
synonym slug answers the same way on both. Whether visitors may see a keyword is decided
above this app (search.queries.is_publicly_used); callers pass that rule in as `may_show`,
and a keyword it refuses is skipped as if it did not exist.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render

from .models import Keyword, KeywordSynonym, RetiredKeywordSlug, ascii_fold


@dataclass(frozen=True)
class SlugResolution:
    keyword: Keyword | None = None
    # The slug is not the keyword's own: answer with a permanent redirect to `keyword`.
    moved: bool = False
    # The keyword was deleted without a replacement: answer 410 Gone.
    gone: bool = False

    @property
    def found(self) -> bool:
        return self.keyword is not None and not self.moved


NOT_FOUND = SlugResolution()


def _candidates(slug: str) -> Iterator[SlugResolution]:
    """What `slug` may mean, best first: the keyword's own slug, then old slugs, synonyms and
    ASCII-folded forms (each exact before folded)."""
    for keyword in Keyword.objects.filter(slug=slug):
        yield SlugResolution(keyword)
    folded = ascii_fold(slug)
    for field, value in (("slug", slug), ("ascii_slug", folded)):
        retired_slugs = RetiredKeywordSlug.objects.filter(**{field: value})
        for retired in retired_slugs.select_related("keyword").order_by("pk"):
            if retired.keyword is None:
                yield SlugResolution(gone=True)
            else:
                yield SlugResolution(retired.keyword, moved=True)
        synonyms = KeywordSynonym.objects.filter(**{field: value})
        for synonym in synonyms.select_related("keyword").order_by("pk"):
            yield SlugResolution(synonym.keyword, moved=True)
        if field == "slug":
            for keyword in Keyword.objects.filter(ascii_slug=folded).order_by("pk"):
                yield SlugResolution(keyword, moved=True)


def resolve_keyword_slug(slug: str, may_show: Callable[[Keyword], bool]) -> SlugResolution:
    """The first meaning of `slug` whose keyword `may_show` accepts (or a deleted one's 410).

    A hidden keyword must not reveal that it exists, nor how it is spelt: its own slug, old
    slugs, synonyms and folded forms resolve as if it were not there (issue 25, finding 4).
    """
    for resolution in _candidates(slug):
        if resolution.gone or may_show(resolution.keyword):
            return resolution
    return NOT_FOUND


def moved_or_gone(
    request,
    slug: str,
    url_for: Callable[[Keyword], str],
    may_show: Callable[[Keyword], bool],
) -> HttpResponse | None:
    """For a slug that is not a keyword's own: a 301 to `url_for(keyword)` (old slug, synonym,
    ASCII-folded form) of a keyword `may_show` accepts, or 410 Gone (deleted keyword). None:
    the caller serves it or 404s."""
    resolution = resolve_keyword_slug(slug, may_show)
    if resolution.gone:
        return render(request, "keywords/gone.html", status=410)
    if resolution.moved:
        return HttpResponsePermanentRedirect(url_for(resolution.keyword))
    return None
