"""Per-client rate limits counted in Django's cache (Redis in production), and who the client is."""

import functools
import ipaddress
import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# A forwarded chain longer than this is not from our own proxies; only its tail is read.
MAX_FORWARDED_HOPS = 20


@functools.cache
def _networks(entries: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            logger.error("Ignoring %r in FORWARDED_FOR_TRUSTED_PROXIES: not an address", entry)
    return tuple(networks)


def _trusted_proxies() -> tuple[IPNetwork, ...]:
    return _networks(tuple(getattr(settings, "FORWARDED_FOR_TRUSTED_PROXIES", ())))


def _parse(text: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # An IPv4 client reaching an IPv6 socket shows up as ::ffff:a.b.c.d.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address: IPAddress, proxies: tuple[IPNetwork, ...]) -> bool:
    return any(address in network for network in proxies)


def client_ip(request) -> str | None:
    """The visitor's IP address, or None when the request carries none.

    X-Forwarded-For is read only when the connection itself comes from a trusted proxy
    (settings.FORWARDED_FOR_TRUSTED_PROXIES); then the right-most address that is not one of
    our proxies is the client. Everything left of it was written by the client and can be
    forged, so a visitor cannot dodge the limits (or frame someone else) with the header.
    """
    remote = _parse(request.META.get("REMOTE_ADDR") or "")
    if remote is None:
        return None
    proxies = _trusted_proxies()
    if not proxies or not _is_trusted(remote, proxies):
        return str(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    client = remote
    for hop in reversed(forwarded.split(",")[-MAX_FORWARDED_HOPS:]):
        address = _parse(hop)
        if address is None:
            # Garbage where an address belongs: the nearest proxy is all we know for sure.
            break
        client = address
        if not _is_trusted(address, proxies):
            break
    return str(client)


def client_address(request) -> str:
    """`client_ip`, or "unknown" for the rate-limit key when there is none."""
    return client_ip(request) or "unknown"


def _counter_cache():
    # A strict alias where configured: the fail-soft default would hide an outage as a miss.
    return caches["ratelimit" if "ratelimit" in settings.CACHES else "default"]


def hit_limit(scope: str, request, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this client in `scope`; True when the client is over `limit`.

    A cache outage must neither lock everyone out nor fail the request: it lets the attempt
    through and logs a warning, so floods stay visible in the logs.
    """
    key = f"ratelimit:{scope}:{client_address(request)}"
    try:
        cache = _counter_cache()
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
