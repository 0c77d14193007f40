"""Per-client rate limits counted in Django's cache (Redis in production)."""

import logging

from django.conf import settings
from django.core.cache import caches

from .clientaddress import client_address

logger = logging.getLogger(__name__)


def _counter_cache():
    # A strict alias where configured: the fail-soft default would hide an outage as a miss.
    return caches["ratelimit" if "ratelimit" in settings.CACHES else "default"]


def count_attempt(key: str, window_seconds: int) -> int | None:
    """Add one to the counter `key` (which lives `window_seconds` from its first attempt).

    The new count, or None when the counter cache is unavailable (the caller lets it through).
    """
    try:
        cache = _counter_cache()
        cache.add(key, 0, timeout=window_seconds)
        try:
            return cache.incr(key)
        except ValueError:  # the key expired between add and incr
            cache.set(key, 1, timeout=window_seconds)
            return 1
    except Exception:  # noqa: BLE001 - any cache backend error
        return None


def attempts_so_far(key: str) -> int | None:
    """The counter `key` without adding to it; None when the counter cache is unavailable."""
    try:
        return int(_counter_cache().get(key) or 0)
    except Exception:  # noqa: BLE001 - any cache backend error
        return None


def hit_limit(scope: str, request, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this client in `scope`; True when the client is over `limit`.

    A cache outage must neither lock everyone out nor fail the request: it lets the attempt
    through and logs a warning, so floods stay visible in the logs.
    """
    key = f"ratelimit:{scope}:{client_address(request)}"
    count = count_attempt(key, window_seconds)
    if count is None:
        logger.warning("Rate limit cache unavailable; allowing %s from %s", scope, key)
        return False
    return count > limit
