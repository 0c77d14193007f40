"""Values and template fragments cached in Redis under the front-cache keys they show.

What a page shows is named by front-cache keys (sitewide/frontcache.py): `NEWS` for anything
listing news, `page_key(pk)` for one page, and so on. A fragment cached here names the same
keys; `purge_keys`, which purges the front cache, also forgets every fragment under those keys.
A publish therefore refreshes Varnish and the fragments in one act, and a fragment can never
outlive the page it is part of.

Forgetting is by generation: each key has a counter in the cache, part of the name under which
every fragment depending on it is stored; a purge sets the counters of its keys anew, and the
entries under the old names are never read again (they expire with FRAGMENT_CACHE_TTL). A
counter that is missing (never set, evicted, Redis flushed) starts from the clock, so no entry
stored under an earlier counter can come back.

A fragment served from the cache still adds its keys to the response, as rendering it would.

Counters are per site, as the front cache's keys are (`frontcache.site_key`): a fragment read
on a request for site 3 depends on `news:s3`, which a publish on site 3 sets anew and one on
another site leaves alone. What belongs to no one site (the site lookup, the site root paths)
is read in the INSTALL scope (`site=None`).

Round trips to Redis were a third of an uncached page's time (docs/performance.md), so:
- the counters a request needs are read in one `get_many`: the first read also fetches the
  counters of every registered kind's keys (the few shared keys: news, contacts, menu) for
  the request's site; the first read is the site lookup, made before the site is known, so
  those come for the site this worker last found for the host (`expect_site`);
- each worker keeps the values it read or computed in a small LRU in memory, under the same
  name as in Redis. The name contains the counters, so an entry never changes: a purge gives
  the fragment a new name, which is looked up in Redis again. Only the counters are read from
  Redis on every request, so a purge by any process is seen by all at once.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

_GENERATION = "fragments:generation:{key}"
# Template fragments by kind ({% cachedfragment kind ... %}): the front-cache keys each shows.
_kinds: dict[str, tuple[str, ...]] = {}
# Kinds that also change with the clock ("upcoming" events): seconds each name lasts.
_lifetimes: dict[str, int] = {}
_FRAGMENT = "fragments:{name}:{digest}"
MISSING = object()  # what lookup() answers for nothing stored
REQUEST_SITE = object()  # the default `site` of a fragment: the request's
# Fragments kept in each worker's memory (by name, as in Redis), most recently used last.
LOCAL_ENTRIES = 512
_local: OrderedDict[str, Any] = OrderedDict()
_local_lock = threading.Lock()  # the dev server and threaded workers share the LRU


def register_fragment(kind: str, keys: Iterable[str], lifetime: int | None = None) -> None:
    """A kind of template fragment and the front-cache keys of what it shows. Registering a
    kind again adds keys: an app that a fragment's app cannot import names its own part.

    A `lifetime` (seconds) renames the fragment that often, for what changes with the clock as
    well as with edits; the front cache keeps such pages as long (`limit_cache_ttl`).
    """
    _kinds[kind] = tuple(dict.fromkeys((*_kinds.get(kind, ()), *keys)))
    if lifetime:
        _lifetimes[kind] = lifetime


def _clock() -> float:
    """Seconds since the epoch, for the names of fragments with a lifetime (tests hold it)."""
    return time.time()


def generation_key(key: str) -> str:
    """The cache key of a front-cache key's counter (what a purge sets anew)."""
    return _GENERATION.format(key=key)


def fragment_keys(kind: str) -> tuple[str, ...]:
    try:
        return _kinds[kind]
    except KeyError:
        raise LookupError(f"No fragment kind {kind!r} is registered") from None


def _scoped(request, keys: Iterable[str], site=REQUEST_SITE) -> list[str]:
    """`keys` named for `site` (by default the request's): the counters they depend on."""
    from .frontcache import request_scope, site_key, site_scope

    scope = request_scope(request) if site is REQUEST_SITE else site_scope(site)
    return sorted({site_key(key, scope) for key in keys})


def _shared_keys(request, scope: int) -> set[str]:
    """The counters the first read for a site fetches too: every registered kind's keys and
    what the request said it expects (`expect`), named for the site."""
    from .frontcache import site_key

    shared = {key for kind_keys in _kinds.values() for key in kind_keys}
    shared.update(getattr(request, "_fragment_keys_expected", ()))
    return {site_key(key, scope) for key in shared}


def _generations(request, keys: list[str]) -> dict[str, int]:
    """The current counter of each key (named for its site); read once per request."""
    from .frontcache import INSTALL, scope_of

    memo = getattr(request, "_fragment_generations", None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            request._fragment_generations = memo
    missing = [key for key in keys if key not in memo]
    if missing and request is not None:
        # The first read for a site fetches its shared keys too; the site lookup's (INSTALL)
        # those of the site expected for the host (without one: INSTALL's, for a request that
        # no site answers).
        scopes_read = getattr(request, "_fragment_scopes_read", None)
        if scopes_read is None:
            scopes_read = request._fragment_scopes_read = set()
        scopes = {scope_of(key) for key in missing}
        guess = getattr(request, "_fragment_site_expected", None)
        if INSTALL in scopes and guess is not None:
            scopes.add(guess)
            scopes_read.add(INSTALL)  # the site lookup: it needs no more of INSTALL's
        extra: set[str] = set()
        for scope in scopes - scopes_read:
            extra |= _shared_keys(request, scope)
            scopes_read.add(scope)
        missing += sorted(extra - set(missing) - set(memo))
    if missing:
        found = cache.get_many([generation_key(key) for key in missing])
        absent = [key for key in missing if found.get(generation_key(key)) is None]
        if absent:
            found.update(_start_counters(request, absent))
        for key in missing:
            memo[key] = found[generation_key(key)]
    return {key: memo[key] for key in keys}


def _start_counters(request, keys: list[str]) -> dict[str, int]:
    """New counters for `keys`, from the clock; where another worker started one first, its."""
    now = time.time_ns()
    proposed = {generation_key(key): now for key in keys}
    add_many = getattr(cache, "add_many", None)
    if add_many is not None:  # sitewide.cache's Redis cache: one round trip after a flush
        stored = add_many(proposed, None)
    else:
        stored = {name: cache.add(name, now, None) for name in proposed}
    for key in keys:
        if stored[generation_key(key)]:
            _fresh(request).add(key)
    lost = [name for name, added in stored.items() if not added]
    started = cache.get_many(lost) if lost else {}
    return {name: started.get(name, now) for name in proposed}


def _fresh(request) -> set[str]:
    """Keys whose counter this request started: nothing but what this request stored (in the
    worker's memory) can be under them yet, so fragments naming them are computed without
    asking Redis (after a flush, every one)."""
    if request is None:
        return set()
    fresh = getattr(request, "_fragment_fresh", None)
    if fresh is None:
        fresh = request._fragment_fresh = set()
    return fresh


def _is_new(request, keys: list[str]) -> bool:
    fresh = getattr(request, "_fragment_fresh", None)
    return bool(fresh) and any(key in fresh for key in keys)


def expect_site(request, site) -> None:
    """The site the request is probably for (the one last found for its host): its shared
    counters come with the site lookup's, before the lookup has answered."""
    from .frontcache import site_scope

    if request is not None and site is not None:
        request._fragment_site_expected = site_scope(site)


def expect(request, keys: Iterable[str]) -> None:
    """Read the counters of `keys` with the request's first read (one round trip fewer)."""
    if request is not None:
        expected = getattr(request, "_fragment_keys_expected", None)
        if expected is None:
            expected = request._fragment_keys_expected = set()
        expected.update(keys)


def fragment_key(
    request, name: str, keys: Iterable[str], vary: Iterable[Any] = (), site=REQUEST_SITE
) -> str:
    """The cache key of fragment `name` (varying on the request's site, the active language and
    `vary`) under the current generations of the front-cache `keys` named for `site` (by
    default the request's; None: INSTALL, for what belongs to no one site)."""
    return _fragment_name(request, name, _scoped(request, keys, site), vary)


def _fragment_name(request, name: str, scoped: list[str], vary: Iterable[Any]) -> str:
    generations = _generations(request, scoped)
    # Each site shows its own content: a fragment made for one site is never another's.
    site = getattr(request, "_wagtail_site", None)
    parts = [f"site={site.pk if site else ''}", translation.get_language() or "", *map(str, vary)]
    if name in _lifetimes:
        parts.append(f"t={int(_clock()) // _lifetimes[name]}")
    parts += [f"{key}={generation}" for key, generation in generations.items()]
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()
    return _FRAGMENT.format(name=name, digest=digest)


def cached(
    request,
    name: str,
    keys: Iterable[str],
    compute: Callable[[], Any],
    vary: Iterable[Any] = (),
    declare: bool = True,
    site=REQUEST_SITE,
) -> Any:
    """`compute()`, cached until a purge names one of the front-cache `keys` (for `site`: by
    default the request's; None for what belongs to no one site, such as the site lookup).

    The keys are added to the response of `request`, whether computed or found, unless
    `declare` is false (for what every response depends on, such as the site: declaring it
    would take the catch-all key away from views that declare nothing).
    """
    from sitewide.frontcache import add_cache_keys

    keys = list(keys)
    if declare:
        add_cache_keys(request, *keys)
    scoped = _scoped(request, keys, site)
    cache_key = _fragment_name(request, name, scoped, vary)
    value = _stored(cache_key, ask_redis=not _is_new(request, scoped))
    if value is MISSING:
        value = compute()
        _store(request, cache_key, value)
    return value


def lookup(request, name: str, keys: Iterable[str], vary: Iterable[Any] = ()) -> Any:
    """What `store` put under the same name, keys and vary, or MISSING: for a value computed
    elsewhere (routing) rather than by a function `cached` can call."""
    scoped = _scoped(request, keys)
    cache_key = _fragment_name(request, name, scoped, vary)
    return _stored(cache_key, ask_redis=not _is_new(request, scoped))


def store(request, name: str, keys: Iterable[str], value: Any, vary: Iterable[Any] = ()) -> None:
    _store(request, fragment_key(request, name, keys, vary), value)


def _stored(cache_key: str, ask_redis: bool = True) -> Any:
    value = _local_get(cache_key)
    if value is MISSING and ask_redis:
        value = cache.get(cache_key, MISSING)
        if value is not MISSING:
            _local_set(cache_key, value)
    return value


def _store(request, cache_key: str, value: Any) -> None:
    pending = getattr(request, "_fragment_writes", None)
    if pending is None:
        cache.set(cache_key, value, settings.FRAGMENT_CACHE_TTL)
    else:
        pending[cache_key] = value
    _local_set(cache_key, value)


class FragmentWritesMiddleware:
    """Writes the fragments a request computed to Redis in one round trip once its response is
    made, instead of one per fragment (a page after a purge computes a dozen). Until then this
    worker has them in memory and another computes them itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._fragment_writes = {}
        try:
            return self.get_response(request)
        finally:
            pending, request._fragment_writes = request._fragment_writes, None
            if pending:
                cache.set_many(pending, settings.FRAGMENT_CACHE_TTL)


def _local_get(cache_key: str) -> Any:
    with _local_lock:
        stored = _local.get(cache_key, MISSING)
        if stored is MISSING:
            return MISSING
        _local.move_to_end(cache_key)
    # Each request gets its own copy of a model or a list, as from Redis: what one request
    # sets on it must not show in the next.
    return pickle.loads(stored) if isinstance(stored, bytes) else stored


def _local_set(cache_key: str, value: Any) -> None:
    # Strings (rendered fragments) are immutable and kept as they are; the rest pickled.
    stored = value if isinstance(value, str) else pickle.dumps(value, -1)
    with _local_lock:
        _local[cache_key] = stored
        _local.move_to_end(cache_key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def forget(keys: Iterable[str]) -> None:
    """Every fragment cached under any of `keys` is stale from now on: keys named for a site
    (`frontcache.site_key`, as purges send them) on that site, plain keys on every site.

    Each counter is set to the clock rather than incremented: one round trip for all keys, and
    two processes forgetting at once can never leave a counter where it was (an `incr` of a
    database cache reads and writes, so one of two could be lost).
    """
    from .frontcache import for_sites

    now = time.time_ns()
    cache.set_many({generation_key(key): now for key in for_sites(keys)}, None)
