"""Front cache (Varnish with vmod xkey): surrogate keys on responses, purge by key.

Mechanism only; each domain app declares in its own `frontcache.py` what its pages and views
show (`register_page_keys`, `register_view_keys`) and what a change of its models purges
(`register_purge_keys`). See docs/caching.md for the key vocabulary.

Every anonymous, cookieless GET that may be cached gets `Cache-Control: public, max-age=0,
s-maxage=<FRONTCACHE_TTL>` and an `xkey` header. Browsers revalidate every time; Varnish keeps
the object until a purge names one of its keys (or the TTL ends).
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import fragments

logger = logging.getLogger(__name__)

# The key vocabulary (docs/caching.md). Keys are names that apps import, never repeated strings:
# a key carried by a page but purged by no change would leave the page stale.
# Every purge also purges CATCH_ALL: responses nobody declared keys for (unregistered views, 404s,
# redirects) are thereby never stale.
CATCH_ALL = "misc"
MENU = "menu"
SITEMAP = "sitemap"
CACHEABLE_STATUSES = frozenset({200, 301, 302, 404, 410})
# Never cached: the admins, and documents (their privacy follows collections and can change).
UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/")
URL_KEY_MAX_SEGMENTS = 8

KeysFunc = Callable[..., Iterable[str]]
SitesFunc = Callable[..., "Iterable[Site | int] | None"]
# The scope of what belongs to no one site: the site lookup (which site a host is), the site
# root paths, and responses of a request that no site answers.
INSTALL = 0

_page_keys: dict[type, list[KeysFunc]] = {}
_route_keys: dict[type, list[KeysFunc]] = {}
_view_keys: dict[str, list[KeysFunc | tuple[str, ...]]] = {}
_purge_keys: dict[type, list[KeysFunc]] = {}
_purge_sites: dict[type, list[SitesFunc]] = {}


# Sites -------------------------------------------------------------------------------------------


class SiteKey(str):
    """A key already named for one site (`site_key`): scoping leaves it as it is."""

    __slots__ = ()


def site_scope(site) -> int:
    """The scope of a Site, a site's pk, or None (no site: INSTALL)."""
    if site is None:
        return INSTALL
    return site if isinstance(site, int) else site.pk


def site_key(key: str, site) -> SiteKey:
    """The ONE naming of a key for one site: `news` on site 3 is `news:s3` (INSTALL: `:s0`)."""
    if isinstance(key, SiteKey):
        return key
    return SiteKey(f"{key}:s{site_scope(site)}")


def scope_of(key: SiteKey) -> int:
    """The scope a key was named for (the inverse of `site_key`)."""
    return int(key.rsplit(":s", 1)[1])


def all_site_scopes() -> list[int]:
    """Every site's scope and INSTALL: where an install-wide change (a keyword, an image) shows."""
    return [INSTALL, *Site.objects.order_by("pk").values_list("pk", flat=True)]


def for_sites(keys: Iterable[str], sites: Iterable | None = None) -> set[SiteKey]:
    """`keys` named for each of `sites` (None: every site); keys already named stay so."""
    keys = [key for key in keys if key]
    if not any(not isinstance(key, SiteKey) for key in keys):
        return set(keys)
    scopes = {site_scope(site) for site in (all_site_scopes() if sites is None else sites)}
    return {
        key if isinstance(key, SiteKey) else site_key(key, scope)
        for key in keys
        for scope in scopes
    }


def request_scope(request) -> int:
    """The scope of the request's site (set by sitewide.sites.CachedSiteMiddleware)."""
    return site_scope(getattr(request, "_wagtail_site", None))


def page_site_scope(page: Page, url_path: str | None = None) -> int | None:
    """The scope of the site `page` (or its earlier `url_path`) is in, as `page.get_site()`
    answers it but without its query, from Wagtail's cached site root paths (read afresh: a
    page instance keeps the ones it saw first); None for a page outside every site."""
    url_path = url_path if url_path is not None else page.url_path
    if not url_path:
        return None
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def page_keys_by_site(page_ids: Iterable[int]) -> set[SiteKey]:
    """The page keys of `page_ids`, each named for its own page's site (one query)."""
    return _page_keys_by_site(Page.objects.filter(pk__in=set(page_ids)))


def _page_keys_by_site(pages) -> set[SiteKey]:
    keys: set[SiteKey] = set()
    for page in pages.only("pk", "path", "url_path", "depth", "locale_id"):
        keys |= for_sites([page_key(page.pk)], page_sites(page))
    return keys


def register_purge_sites(model: type, func: SitesFunc) -> None:
    """`func(instance)` names the sites (Site objects or pks) whose pages show an instance, or
    None for every site; a model with none registered shows on every site (install-wide:
    keywords, images, regions)."""
    _purge_sites.setdefault(model, []).append(func)


def change_sites(obj) -> list | None:
    """The sites a change to `obj` shows on, None for every site."""
    if isinstance(obj, Page):
        scope = page_site_scope(obj)
        return None if scope is None else [scope]
    sites: list | None = None
    for klass in type(obj).__mro__:
        for func in _purge_sites.get(klass, ()):
            named = func(obj)
            if named is None:  # every site
                return None
            sites = [*(sites or ()), *named]
    return sites


# Registry ----------------------------------------------------------------------------------------


def register_page_keys(page_model: type[Page], func: KeysFunc) -> None:
    """`func(page, request)` names what a served page of this type (or a subclass) shows."""
    _page_keys.setdefault(page_model, []).append(func)


def register_route_keys(page_model: type[Page], func: KeysFunc) -> None:
    """`func(page, request)` names what a page of this type holds as routing loads it, besides
    its own row (what its routing query joins), where that is less than what its response
    shows: the route cache (sitewide/routecache.py) then keeps the page across changes only
    the response shows, such as other news in an article's related news. Without it, a
    route is kept under everything the response carries."""
    _route_keys.setdefault(page_model, []).append(func)


def register_view_keys(view_name: str, keys_or_func: KeysFunc | Iterable[str]) -> None:
    """Keys for a Django view by URL name: a fixed list or `func(request, **view_kwargs)`."""
    value = keys_or_func if callable(keys_or_func) else tuple(keys_or_func)
    _view_keys.setdefault(view_name, []).append(value)


def register_purge_keys(model: type, func: KeysFunc) -> None:
    """`func(instance)` names the keys to purge when an instance changes (pages and snippets).

    Registering a non-page model also connects its save and delete signals.
    """
    _purge_keys.setdefault(model, []).append(func)
    if not issubclass(model, Page):
        post_save.connect(_model_changed, sender=model, dispatch_uid=f"frontcache-save-{model}")
        post_delete.connect(_model_changed, sender=model, dispatch_uid=f"frontcache-delete-{model}")


def page_key(pk: int) -> str:
    """The key of every response that serves the page `pk` (any sub-route)."""
    return f"page-{pk}"


def add_cache_keys(request, *keys: str) -> None:
    """Adds keys to the response of `request` (e.g. while rendering)."""
    if request is None:
        return
    existing = getattr(request, "_frontcache_keys", None)
    if existing is None:
        existing = request._frontcache_keys = set()
    existing.update(key for key in keys if key)


def limit_cache_ttl(request, seconds: int) -> None:
    """Shortens the shared-cache lifetime: for content that changes with time, not edits."""
    if request is None:
        return
    current = getattr(request, "_frontcache_ttl", None)
    request._frontcache_ttl = max(0, seconds if current is None else min(current, seconds))


def url_key(path: str) -> str:
    """The key for responses at or below a URL path (`/uutiset/` covers `/uutiset/x/`)."""
    normalised = urllib.parse.unquote(path)
    if not normalised.endswith("/"):
        normalised += "/"
    return "url-" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def url_prefix_keys(path: str) -> list[str]:
    """One key for every ancestor URL of `path` and for the path itself."""
    segments = [segment for segment in urllib.parse.unquote(path).split("/") if segment]
    keys = [url_key("/")]
    for depth in range(1, min(len(segments), URL_KEY_MAX_SEGMENTS) + 1):
        keys.append(url_key("/" + "/".join(segments[:depth]) + "/"))
    return keys


def _keys_for_model(registry: dict[type, list[KeysFunc]], obj, *args) -> set[str]:
    keys: set[str] = set()
    for klass in type(obj).__mro__:
        for func in registry.get(klass, ()):
            keys.update(func(obj, *args))
    return keys


def change_keys(obj) -> set[str]:
    """Every key that a change to `obj` (a registered model's instance) purges."""
    return _keys_for_model(_purge_keys, obj)


# Responses ---------------------------------------------------------------------------------------


def served_page_keys(page: Page, request) -> set[str]:
    """The keys of a response serving `page` (besides its URL keys): the page's own and what
    its type registered."""
    return {page_key(page.pk), *_keys_for_model(_page_keys, page.specific, request)}


def routed_page_keys(page: Page, request) -> set[str]:
    """The keys under which the page as routing loaded it is kept (`register_route_keys`)."""
    specific = page.specific
    if not any(klass in _route_keys for klass in type(specific).__mro__):
        return served_page_keys(page, request)
    return {page_key(page.pk), *_keys_for_model(_route_keys, specific, request)}


@hooks.register("before_serve_page")
def _remember_served_page(page, request, serve_args, serve_kwargs):
    # Wagtail's serve view calls this for every page and sub-route it serves, also for pages
    # found by LocaleFallbackMixin (the Finnish page shown under /sv/).
    add_cache_keys(request, *served_page_keys(page, request))


def _view_keys_for(request) -> set[str]:
    match = getattr(request, "resolver_match", None)
    if match is None or not match.view_name:
        return set()
    keys: set[str] = set()
    for value in _view_keys.get(match.view_name, ()):
        keys.update(value(request, **match.kwargs) if callable(value) else value)
    return keys


def _is_personal(request) -> bool:
    # Only sessions make a response personal here: logged-in users, visitors who entered a
    # page password, and Wagtail's previews (a dummy request).
    return settings.SESSION_COOKIE_NAME in request.COOKIES or getattr(request, "is_dummy", False)


def _declines_sharing(response) -> bool:
    cache_control = response.get("Cache-Control", "").lower()
    return any(word in cache_control for word in ("private", "no-store", "no-cache"))


class FrontCacheMiddleware:
    """Marks responses cacheable by the front cache, with their surrogate keys.

    Sits above SessionMiddleware and CsrfViewMiddleware in MIDDLEWARE, so that it sees the
    cookies they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_personal(request):
            if not _declines_sharing(response):  # the admin's stricter never_cache stays
                response["Cache-Control"] = "private, no-cache"
            response.headers.pop("xkey", None)
            return response
        if request.path_info.startswith(UNCACHED_PREFIXES):
            return response
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code not in CACHEABLE_STATUSES
            or response.cookies
            or _declines_sharing(response)
        ):
            return response
        keys = set(getattr(request, "_frontcache_keys", ()))
        keys |= _view_keys_for(request)
        if keys:
            keys |= set(url_prefix_keys(request.path))
        if not keys or response.status_code != 200:
            keys.add(CATCH_ALL)
        if response.get("Content-Type", "").startswith("text/html"):
            keys.add(MENU)
        ttl = settings.FRONTCACHE_TTL
        limited = getattr(request, "_frontcache_ttl", None)
        if limited is not None:
            ttl = min(ttl, limited)
        patch_cache_control(response, public=True, max_age=0, s_maxage=ttl)
        scope = request_scope(request)
        response["xkey"] = " ".join(sorted(site_key(key, scope) for key in keys))
        return response


# Purging -----------------------------------------------------------------------------------------

# Per thread, as transactions are: another thread's commit must never send (and so lose) keys
# of a change that is not committed yet.
_local = threading.local()


def purge_keys(keys: Iterable[str], sites: Iterable | None = None) -> None:
    """Purges `keys` named for each of `sites` (None: every site; keys already named for a site
    stay as they are), and the catch-all of those sites and of INSTALL, from every front cache
    once the transaction commits, and forgets the fragments cached under them
    (sitewide/fragments.py).

    Fragments are forgotten at once, so that the editor's own next request inside or after
    the transaction sees the change, and again on commit, so that a fragment another request
    cached from the data before the commit is not kept. Keys pending from several changes in
    one transaction go out in one request per cache.
    """
    scopes = {site_scope(site) for site in (all_site_scopes() if sites is None else sites)}
    scoped = for_sites(keys, scopes)
    # Responses nobody declared keys for (unregistered views, 404s, redirects, and whatever a
    # host no site answers got) are never stale: the catch-all of every scope touched.
    scopes |= {scope_of(key) for key in scoped} | {INSTALL}
    scoped |= {site_key(CATCH_ALL, scope) for scope in scopes}
    fragments.forget(scoped)
    transaction.on_commit(functools.partial(fragments.forget, scoped))
    if not settings.FRONTCACHE_URLS:
        return
    pending = _pending()
    pending.update(scoped)
    transaction.on_commit(_flush)


def _pending() -> set[str]:
    if not hasattr(_local, "keys"):
        _local.keys = set()
    return _local.keys


def _flush() -> None:
    pending = _pending()
    keys = sorted(pending)
    pending.clear()
    if keys:
        send_purge(keys)


def send_purge(keys: list[str]) -> int:
    """One PURGE request per configured cache; returns how many caches confirmed it.

    Failures are logged, never raised: a cache that is down must not break an editor's publish.
    """
    confirmed = 0
    header = " ".join(keys)
    timeout = settings.FRONTCACHE_TIMEOUT
    for base_url in settings.FRONTCACHE_URLS:
        parts = urllib.parse.urlsplit(base_url)
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        started = time.monotonic()
        try:
            connection = connection_class(parts.hostname, parts.port, timeout=timeout)
            try:
                connection.request("PURGE", parts.path or "/", headers={"xkey-purge": header})
                response = connection.getresponse()
                response.read()
            finally:
                connection.close()
        except (OSError, http.client.HTTPException) as error:
            logger.warning("Front cache purge to %s failed: %s", base_url, error)
            continue
        if response.status == 200:
            confirmed += 1
            logger.debug(
                "Purged %s from %s in %.3f s", header, base_url, time.monotonic() - started
            )
        else:
            logger.warning("Front cache %s answered %s to a purge", base_url, response.status)
    return confirmed


def page_url_keys(page: Page, url_path: str | None = None) -> list[str]:
    """URL keys of a page (or of its earlier `url_path`): covers its sub-routes and subtree."""
    if url_path is not None:
        page = _with_url_path(page, url_path)
    try:
        url = page.get_url(None)
    except Exception:  # noqa: BLE001 - a page outside every site simply has no URL to purge
        url = None
    if not url:
        return []
    path = urllib.parse.urlsplit(url).path
    return [url_key(path)]


def _with_url_path(page: Page, url_path: str) -> Page:
    import copy

    earlier = copy.copy(page)
    earlier.url_path = url_path
    return earlier


def page_sites(page: Page, url_path: str | None = None) -> list[int] | None:
    """The sites whose pages show a change to `page`: its own (None, every site, for a page
    outside every site)."""
    scope = page_site_scope(page, url_path)
    return None if scope is None else [scope]


def page_change_keys(page: Page, url_path_before: str | None = None) -> set[SiteKey]:
    """What a change to `page` makes stale, whatever its type, named for the sites it shows on:
    its own site (and the one it left, after a move between sites); the pages that link to it
    and its translations each on their own site."""
    keys = {page_key(page.pk), SITEMAP, *page_url_keys(page)}
    if page.depth <= 3:
        keys.add(MENU)  # a site root or one of its children: the header menu shows it
    keys.update(_keys_for_model(_purge_keys, _specific(page)))
    sites = page_sites(page)
    scoped = for_sites(keys, sites)
    if url_path_before and url_path_before != page.url_path:
        sites_before = page_sites(page, url_path_before)
        scoped |= for_sites(page_url_keys(page, url_path_before), sites_before)
        if sites_before != sites:  # moved to another site: the listings it left too
            scoped |= for_sites(keys, sites_before)
    if page.depth <= 2:
        # A site root (or its translation): the site lookup and root paths (INSTALL).
        scoped.add(site_key(MENU, INSTALL))
    # The language switcher of every translation links to this one; pages whose content links
    # to it (rich text links, page choosers) show its address.
    related = Page.objects.filter(
        Q(translation_key=page.translation_key) | Q(pk__in=pages_linking_to(page))
    ).exclude(pk=page.pk)
    scoped |= _page_keys_by_site(related)
    return scoped


def pages_linking_to(page: Page) -> set[int]:
    """The ids of pages whose live content refers to `page`, from Wagtail's reference index
    (kept up to date as pages are saved; a deleted page's references go after its unpublish
    signal, which purges first)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    sources = ReferenceIndex.get_references_to(page).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    return {int(pk) for pk in sources.values_list("object_id", flat=True).distinct()}


def _specific(page: Page) -> Page:
    if type(page) is not Page:
        return page
    try:
        return page.specific
    except Exception:  # noqa: BLE001 - deleted along with its specific row: purge generically
        return page


# Page keys come named for their sites (page_change_keys): no further site to name them for.
def _page_changed(sender, instance: Page, **kwargs) -> None:
    purge_keys(page_change_keys(instance), sites=())


def _page_moved(sender, instance: Page, url_path_before: str = "", **kwargs) -> None:
    purge_keys(page_change_keys(instance, url_path_before), sites=())


def _page_slug_changed(sender, instance: Page, instance_before: Page, **kwargs) -> None:
    purge_keys(page_change_keys(instance, instance_before.url_path), sites=())


def _page_deleted(sender, instance: Page, **kwargs) -> None:
    purge_keys(page_change_keys(instance), sites=())


def _model_changed(sender, instance, **kwargs) -> None:
    purge_keys(_keys_for_model(_purge_keys, instance), change_sites(instance))


def connect_signals() -> None:
    page_published.connect(_page_changed, dispatch_uid="frontcache-page-published")
    page_unpublished.connect(_page_changed, dispatch_uid="frontcache-page-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="frontcache-page-moved")
    page_slug_changed.connect(_page_slug_changed, dispatch_uid="frontcache-page-slug")
    # Page itself too: deleting a parent deletes its descendants as plain Page rows. Not for
    # every sender, which would stop Django's fast deletes of all other models.
    for model in {Page, *get_page_models()}:
        post_delete.connect(
            _page_deleted, sender=model, dispatch_uid=f"frontcache-page-deleted-{model._meta.label}"
        )


def register_core() -> None:
    """Wagtail's own models whose changes show on public pages.

    What else a view restriction, an image or a document makes stale (the listings that show
    them) each app registers in its own frontcache.py, with its own key names.
    """
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import PageViewRestriction

    from .models import PrivacySettings, is_privacy_notice

    # The XML sitemap and the HTML one (/sivukartta/: sections, their pages and counts) list
    # pages, and every page change purges SITEMAP.
    register_view_keys("sitemap", [SITEMAP])
    register_view_keys("sitemap_page", [SITEMAP])
    # The header menu and the footer (templates/base.html): the site, its sections, its identity.
    fragments.register_fragment("site-menu", [MENU])
    fragments.register_fragment("site-footer", [MENU])
    # A page's hreflang alternates: forgotten with its page key, which each translation's
    # change names too (page_change_keys), and with MENU, as the site's languages change.
    fragments.register_fragment("page-languages", [MENU])
    # A restriction added or lifted changes the page and its subtree (and the listings that
    # may show them: registered by their apps).
    register_purge_keys(PageViewRestriction, lambda restriction: page_change_keys(restriction.page))
    register_purge_sites(PageViewRestriction, lambda restriction: page_sites(restriction.page))
    # Redirects answer only where Django found nothing: the catch-all (always purged) covers them.
    # A redirect of one site (or of every site: no site) purges that site's.
    register_purge_keys(Redirect, lambda redirect: [])
    register_purge_sites(
        Redirect, lambda redirect: [redirect.site_id] if redirect.site_id else all_site_scopes()
    )
    # A site's own pages; the site lookup and root paths (INSTALL); and the default site's,
    # which answers every host that no site names (one the change may have added or taken).
    register_purge_keys(Site, lambda site: [url_key("/"), MENU])
    register_purge_sites(Site, lambda site: [site.pk, INSTALL, *_default_site_scopes()])
    # The privacy notice is linked from the footer and from every form that asks for personal
    # data (the network pages' sign-up form, a fragment also kept under MENU): choosing another
    # page, or publishing, renaming, moving, unpublishing or deleting the chosen one (or a
    # translation or an ancestor of it), changes every HTML page.
    register_purge_keys(PrivacySettings, lambda setting: [MENU])
    register_purge_sites(PrivacySettings, lambda setting: [setting.site_id])
    register_purge_keys(Page, lambda page: [MENU] if is_privacy_notice(page) else [])
    # Images and documents show on news, cards, networks and events (which ones is not
    # tracked): those apps register their listing keys for them.
    for model in media_models():
        register_purge_keys(model, lambda obj: [])


def _default_site_scopes() -> list[int]:
    return list(Site.objects.filter(is_default_site=True).values_list("pk", flat=True))


def media_models() -> list[type]:
    """The image and document models, whose changes apps showing media register purges for."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return [get_image_model(), get_document_model()]
