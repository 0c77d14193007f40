"""Who the client is: the address behind our own proxies, and the block that limits count.

Rate limits (sitewide.ratelimit) and login lockouts (django-axes, AXES_CLIENT_IP_CALLABLE)
both count `client_block`: an IPv4 address as it is, an IPv6 address as its /64, because one
IPv6 client usually holds a whole /64 and could otherwise take a new address per attempt.
"""

import functools
import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# A forwarded chain longer than this is not from our own proxies; only its tail is read.
MAX_FORWARDED_HOPS = 20
# The prefix one IPv6 client is assumed to control (RFC 6177: a home or office gets a /64 or
# more). Counting per /128 gave a /64 unlimited attempts.
IPV6_CLIENT_PREFIX = 64


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


@functools.cache
def _warn_untrusted_proxy_once() -> None:
    # Once per process: every request would repeat it.
    logger.warning(
        "Requests arrive from a loopback address with X-Forwarded-For, but TRUSTED_PROXIES is "
        "empty: every visitor counts as the proxy's address, so one client's failures lock out "
        "everyone. Set TRUSTED_PROXIES to the proxies' addresses (docs/operations.md)."
    )


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
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not proxies:
        if forwarded and remote.is_loopback:
            _warn_untrusted_proxy_once()
        return str(remote)
    if not _is_trusted(remote, proxies):
        return str(remote)
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


def client_block(request) -> str | None:
    """What limits count for this client: its IPv4 address, or the base address of its IPv6 /64.

    Returned as a plain address (2001:db8:1:2::) so that it fits an IP address column, as
    django-axes stores it.
    """
    address = client_ip(request)
    if address is None:
        return None
    parsed = ipaddress.ip_address(address)
    if isinstance(parsed, ipaddress.IPv6Address):
        network = ipaddress.IPv6Network((parsed, IPV6_CLIENT_PREFIX), strict=False)
        return str(network.network_address)
    return address


def client_address(request) -> str:
    """`client_block`, or "unknown" for a rate-limit key when there is none."""
    return client_block(request) or "unknown"
