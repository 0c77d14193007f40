"""Which keyword a requested URL slug means: the keyword itself, a redirect, or gone.

Keyword pages and keyword feeds ask this one function, so that a renamed, merged, deleted or
synonym slug answers the same way on both.
"""

from collections.abc import Callable
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


def resolve_keyword_slug(slug: str) -> SlugResolution:
    """The keyword's own slug first; then old slugs, synonyms and ASCII-folded forms."""
    keyword = Keyword.objects.filter(slug=slug).first()
    if keyword is not None:
        return SlugResolution(keyword)
    folded = ascii_fold(slug)
    for field, value in (("slug", slug), ("ascii_slug", folded)):
        retired = (
            RetiredKeywordSlug.objects.filter(**{field: value})
            .select_related("keyword")
            .order_by("pk")
            .first()
        )
        if retired is not None:
            if retired.keyword is None:
                return SlugResolution(gone=True)
            return SlugResolution(retired.keyword, moved=True)
        synonym = (
            KeywordSynonym.objects.filter(**{field: value})
            .select_related("keyword")
            .order_by("pk")
            .first()
        )
        if synonym is not None:
            return SlugResolution(synonym.keyword, moved=True)
        if field == "slug":
            keyword = Keyword.objects.filter(ascii_slug=folded).order_by("pk").first()
            if keyword is not None:
                return SlugResolution(keyword, moved=True)
    return NOT_FOUND


def moved_or_gone(request, slug: str, url_for: Callable[[Keyword], str]) -> HttpResponse | None:
    """For a slug that is not a keyword's own: a 301 to `url_for(keyword)` (old slug, synonym,
    ASCII-folded form), or 410 Gone (deleted keyword). None: the caller serves it or 404s."""
    resolution = resolve_keyword_slug(slug)
    if resolution.gone:
        return render(request, "keywords/gone.html", status=410)
    if resolution.moved:
        return HttpResponsePermanentRedirect(url_for(resolution.keyword))
    return None
