"""Per-client rate limits counted in Django's cache (Redis in production)."""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def client_address(request) -> str:
    # REMOTE_ADDR is the proxy's address behind the front cache; the proxy's header is trusted
    # only where settings say so (see docs/ in production), so plain REMOTE_ADDR is the default.
    return request.META.get("REMOTE_ADDR") or "unknown"


def hit_limit(scope: str, request, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this client in `scope`; True when the client is over `limit`.

    A cache outage must neither lock everyone out nor fail the request: it lets the attempt
    through and logs a warning, so floods stay visible in the logs.
    """
    key = f"ratelimit:{scope}:{client_address(request)}"
    try:
        cache.add(key, 0, timeout=window_seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # the key expired between add and incr
            cache.set(key, 1, timeout=window_seconds)
            count = 1
    except Exception:  # noqa: BLE001 - any cache backend error
        logger.warning("Rate limit cache unavailable; allowing %s from %s", scope, key)
        return False
    return count > limit
