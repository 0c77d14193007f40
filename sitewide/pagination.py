"""Pagination that answers odd `page` values with a clear 400 or 404 instead of a 500."""

from collections.abc import Callable

from django.core import paginator as django_paginator
from django.core.paginator import Page
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .errors import VisitorBadRequest

MAX_PAGE_DIGITS = 6
# A long list is counted at most this far (or one item past the requested page): past it, the
# page links say "over" instead of a total, so that no page costs a count of the whole list.
COUNT_CAP = 1000


class Paginator(django_paginator.Paginator):
    # True when the count stopped at its bound: there are more items than `count`.
    capped = False

    @property
    def pages_more_than(self) -> int:
        """With `capped`, the number of pages there are more than (the last one is partly
        known)."""
        return self.num_pages - 1


def page_number_from(request) -> int:
    raw = request.GET.get("page", "1").strip()
    if not raw:
        return 1
    if len(raw) > MAX_PAGE_DIGITS or not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise VisitorBadRequest(_("Sivunumeron pitää olla positiivinen kokonaisluku."))
    return int(raw)


def count_limit(number: int, per_page: int) -> int:
    """How far a capped count goes for page `number`: COUNT_CAP items, or as far as that page,
    and one more, which shows whether anything follows."""
    return max(COUNT_CAP, number * per_page) + 1


def paginate(
    request,
    object_list,
    per_page: int,
    count: int | None = None,
    count_upto: Callable[[int], int] | None = None,
) -> Page:
    """The requested page of `object_list`; a page past the end is a 404.

    `count`, when known (e.g. cached), saves the paginator's `COUNT(*)` over the whole list.
    `count_upto(limit)`, the number of items but at most `limit`, is for lists too long to
    count on every change: it is asked for `count_limit()` of the page, and when it reaches
    it the paginator is `capped` (it knows that more follow, not how many).
    """
    number = page_number_from(request)
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    if count_upto is not None:
        limit = count_limit(number, per_page)
        count = count_upto(limit)
        paginator.capped = count >= limit
    if count is not None:
        paginator.count = count  # a cached_property: the instance's value takes its place
    if number > paginator.num_pages:
        raise Http404(_("Sivua ei ole olemassa."))
    return paginator.page(number)


class Deferred:
    """A list to paginate that is made only when a page of it is read: a cached fragment
    usually has the page already, and building the query is a cost of its own."""

    def __init__(self, make: Callable):
        self._make = make

    def __getitem__(self, index):
        return SimpleLazyObject(lambda: self._make()[index])
