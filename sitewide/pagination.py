"""Pagination that answers odd `page` values with a clear 400 or 404 instead of a 500."""

from collections.abc import Callable

from django.core.paginator import Page, Paginator
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .errors import VisitorBadRequest

MAX_PAGE_DIGITS = 6


def page_number_from(request) -> int:
    raw = request.GET.get("page", "1").strip()
    if not raw:
        return 1
    if len(raw) > MAX_PAGE_DIGITS or not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise VisitorBadRequest(_("Sivunumeron pitää olla positiivinen kokonaisluku."))
    return int(raw)


def paginate(request, object_list, per_page: int, count: int | None = None) -> Page:
    """The requested page of `object_list`; a page past the end is a 404.

    `count`, when known (e.g. cached), saves the paginator's `COUNT(*)` over the whole list.
    """
    number = page_number_from(request)
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
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
