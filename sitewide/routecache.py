"""Wagtail's routing answers from the fragment cache (sitewide/fragments.py).

Routing an article was a third of its uncached cost (docs/performance.md): Django builds and
compiles a query of a hundred columns with two view-restriction subqueries, for the same
answer until an editor changes something. The answer (the page object, as routing loaded it,
and the site root in the request's language) is kept under front-cache keys, so it is never
staler than the front cache's copy of the response: a publish, unpublish, move or slug change
of the page or an ancestor, a view restriction, a change of the site or its sections, or of
what the page type's routing loads with the page (its coordinator, network, images) forgets it
in the same purge. By default that is everything the response carries; a page type whose
response shows more than routing loads (an article's related news) names less
(`register_route_keys`).

Two names, because the page's own keys are known only once routing has found the page: the
path (under its URL keys and the site's) names the page and its keys; the page is stored under
those keys. Only a page's own view is cached: sub-routes with arguments (such as a sign-up
confirmation's token) and misses (404s) are routed every time.
"""

from __future__ import annotations

import pickle

from django.utils import translation
from wagtail.models import Page
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from . import fragments
from .frontcache import MENU, routed_page_keys, url_prefix_keys
from .sections import SITE_SECTIONS
from .sites import give_site

_PATH = "route-path"
_PAGE = "route-page"
# Sent by Wagtail's own routing; a request that has it was routed already.
_ROUTED = "_wagtail_route_for_request"


def _path_keys(path: str) -> list[str]:
    return [*url_prefix_keys(path), MENU, SITE_SECTIONS]


def _vary(request, path: str) -> list:
    site = getattr(request, "_wagtail_site", None)
    return [site.pk if site else None, translation.get_language(), path]


def cached_route(request, path: str) -> RouteResult | None:
    """The route a cached answer gives for `path`, or None when there is none."""
    vary = _vary(request, path)
    found = fragments.lookup(request, _PATH, _path_keys(path), vary)
    if found is fragments.MISSING:
        return None
    keys = found
    entry = fragments.lookup(request, _PAGE, keys, vary)
    if entry is fragments.MISSING:
        return None
    route, site_root = pickle.loads(entry)
    if site_root is not None:
        request._localized_site_root = site_root
    return route


def _is_plain_view(args, kwargs) -> bool:
    """The page's own view: no arguments, or a routable page's view without arguments."""
    if kwargs:
        return False
    if not args:
        return True
    # RoutablePageMixin routes to (view, view_args, view_kwargs).
    return len(args) == 3 and callable(args[0]) and not args[1] and not args[2]


def remember_route(request, path: str, route: RouteResult) -> None:
    page, args, kwargs = route
    if not isinstance(page, Page) or not _is_plain_view(args, kwargs):
        return
    try:
        # Pickled before the page is served: nothing rendering sets on it is kept.
        entry = pickle.dumps((route, getattr(request, "_localized_site_root", None)), -1)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    vary = _vary(request, path)
    keys = sorted(set(_path_keys(path)) | routed_page_keys(page, request))
    fragments.store(request, _PAGE, keys, entry, vary)
    fragments.store(request, _PATH, _path_keys(path), keys, vary)


class CachedRouteMiddleware:
    """Gives a page view its route before Wagtail's serve view asks for it: from the cache,
    or routed here and remembered. Above CachedSiteMiddleware: it gives the request its site
    itself, after asking for the path's counters to come with the site's (one round trip)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve or request.method not in ("GET", "HEAD"):
            return None
        if hasattr(request, _ROUTED) or getattr(request, "is_preview", False):
            return None
        # Wagtail's URL pattern passes the path positionally.
        path = view_kwargs["path"] if "path" in view_kwargs else (view_args or [""])[0]
        fragments.expect(request, _path_keys(path))
        give_site(request)
        route = cached_route(request, path)
        if route is not None:
            setattr(request, _ROUTED, route)
            return None
        route = Page.route_for_request(request, path)  # remembered on the request by Wagtail
        if route is not None:
            remember_route(request, path, route)
        return None
