"""Which Wagtail site a request is for, without a query on every request.

Wagtail's `Site.find_for_request` runs a query (with a CASE ordering) once per request, for
page views and for our own views alike (search, keyword pages: the header menu needs the site
root). The answer depends only on the host name and port, and changes only when a site or its
root page changes: both purge MENU (sitewide/frontcache.py), which forgets this cached answer
too (sitewide/fragments.py).
"""

from wagtail.models import Site

from . import fragments
from .frontcache import MENU
from .views import healthz

# Views that never need the site (the health probe must not touch the database or Redis).
SITELESS_VIEWS = frozenset({healthz})


def _site_with_specific_root(request) -> Site | None:
    site = Site._find_for_request(request)
    if site is not None:
        # Wagtail's routing starts from `root_page.specific`: one query fewer per page view.
        site.root_page = site.root_page.specific
    return site


def find_site(request) -> Site | None:
    """What `Site.find_for_request` answers, from the fragment cache."""
    host, port = request._get_raw_host(), request.get_port()
    # Not declared on the response: a site change purges MENU (on every HTML page) and the
    # "/" URL key (on every keyed response); views that declare nothing keep the catch-all.
    return fragments.cached(
        request,
        "site",
        [MENU],
        lambda: _site_with_specific_root(request),
        vary=[host, port],
        declare=False,
    )


class CachedSiteMiddleware:
    """Gives each request its site before the view runs; Wagtail's routing, the menu and the
    templates then find it on the request (`request._wagtail_site`) instead of querying."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func not in SITELESS_VIEWS and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = find_site(request)
        return None
