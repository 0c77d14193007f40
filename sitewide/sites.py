"""Which Wagtail site a request is for, without a query on every request.

Wagtail's `Site.find_for_request` runs a query (with a CASE ordering) once per request, for
page views and for our own views alike (search, keyword pages: the header menu needs the site
root). The answer depends only on the host name and port, and changes only when a site or its
root page changes: both purge MENU (sitewide/frontcache.py), which forgets this cached answer
too (sitewide/fragments.py). The same holds for Wagtail's site root paths, which every page
URL needs.
"""

from collections import defaultdict

from django.db.models import Q, QuerySet
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from . import fragments
from .frontcache import MENU
from .routing import with_view_restriction_flags
from .views import healthz

# Views that never need the site (the health probe must not touch the database or Redis).
SITELESS_VIEWS = frozenset({healthz})


def _site_with_specific_root(request) -> Site | None:
    site = Site._find_for_request(request)
    if site is not None:
        # Wagtail's routing starts from `root_page.specific`: one query fewer per page view;
        # with its view-restriction flags, serving the home page needs no restriction query.
        model = site.root_page.specific_class
        root = None
        if model is not None:
            root = with_view_restriction_flags(model.objects.filter(pk=site.root_page_id)).first()
        site.root_page = root or site.root_page.specific
    return site


# The site each host was last found to be, in this worker: the counters of that site's shared
# keys are then read with the lookup's own (sitewide/fragments.py, one round trip).
_site_of_host: dict[tuple[str, str], int] = {}


def find_site(request) -> Site | None:
    """What `Site.find_for_request` answers, from the fragment cache."""
    host, port = request._get_raw_host(), request.get_port()
    fragments.expect_site(request, _site_of_host.get((host, port)))
    # Not declared on the response: a site change purges MENU (on every HTML page) and the
    # "/" URL key (on every keyed response); views that declare nothing keep the catch-all.
    # Which site a host is belongs to no one site (the INSTALL scope: site=None), which every
    # site change purges.
    site = fragments.cached(
        request,
        "site",
        [MENU],
        lambda: _site_with_specific_root(request),
        vary=[host, port],
        declare=False,
        site=None,
    )
    if site is not None:
        _site_of_host[(host, port)] = site.pk
    return site


def all_site_root_paths() -> list[SiteRootPath]:
    """What `Site.get_site_root_paths` answers, in the same order, in two queries: Wagtail's
    asks for each site's root translations in turn (21 queries for 20 sites, on every cold
    page)."""
    sites = list(
        Site.objects.select_related("root_page").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
    )
    roots: dict[str, list[Page]] = defaultdict(list)
    for root in (
        Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
        .select_related("locale")
        .only("url_path", "translation_key", "locale__language_code")
        .order_by("path")
    ):
        roots[root.translation_key].append(root)
    return [
        SiteRootPath(site.id, root.url_path, site.root_url, root.locale.language_code)
        for site in sites
        for root in roots[site.root_page.translation_key]
    ]


def site_root_paths(request) -> list:
    """What `Site.get_site_root_paths` answers, from the worker's memory: it changes only with a
    site or a site root, both of which purge MENU in the INSTALL scope."""
    return fragments.cached(
        request, "site-root-paths", [MENU], all_site_root_paths, declare=False, site=None
    )


def give_site(request) -> None:
    """Sets the request's site, and its root paths where Wagtail looks for them before reading
    them from Redis for every page URL it makes."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = find_site(request)
        request._wagtail_cached_site_root_paths = site_root_paths(request)


class CachedSiteMiddleware:
    """Gives each request its site before the view runs; Wagtail's routing, the menu and the
    templates then find it on the request (`request._wagtail_site`) instead of querying."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func not in SITELESS_VIEWS:
            give_site(request)
        return None


# One rule for "this site's content", used by every listing, search, feed, sitemap, admin
# filter and purge: a page belongs to a site when it lies under the site's root page or under
# one of that root's translations (each locale's home is its own tree root at depth 2).
# Which site holds one page is Wagtail's own `page.get_site()`.


def site_tree_paths(site: Site) -> list[str]:
    """The tree paths (treebeard `path`) of `site`'s root page and its translations.

    Remembered on the site object: a request's listings ask several times, and the request's
    site (sitewide.sites.find_site) is forgotten with MENU, as a new root translation is."""
    paths = getattr(site, "_tree_paths", None)
    if paths is None:
        paths = list(
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .order_by("path")
            .values_list("path", flat=True)
        )
        site._tree_paths = paths
    return paths


def in_site(queryset: QuerySet, site: Site, prefix: str = "") -> QuerySet:
    """`queryset` (of pages, or of rows related to a page through `prefix`, e.g. "page__")
    narrowed to what lies in `site`'s trees; a prefix match on the indexed tree path. No site
    (a host no site answers and no default site): nothing."""
    if site is None:
        return queryset.none()
    condition = Q(pk__in=[])
    for path in site_tree_paths(site):
        condition |= Q(**{f"{prefix}path__startswith": path})
    return queryset.filter(condition)


def request_site(request) -> Site | None:
    """The request's site: the middleware's (`request._wagtail_site`), else Wagtail's answer."""
    return Site.find_for_request(request)
