"""What network and event responses show and what their changes make stale."""

from django.conf import settings

from sitewide.frontcache import limit_cache_ttl, register_page_keys, register_purge_keys

from .models import EventIndexPage, EventPage, NetworkIndexPage, NetworkPage

# NETWORKS: listings of networks and every event card naming its network. EVENTS: listings of
# events. `network-<id>`: pages that name one network (its news and events).
NETWORKS = "networks"
EVENTS = "events"


def time_sensitive(request) -> None:
    # "Upcoming", "past" and sign-up deadlines change with the clock, not with an edit.
    limit_cache_ttl(request, settings.FRONTCACHE_TIME_SENSITIVE_TTL)


def network_page_keys(page: NetworkPage, request) -> list[str]:
    time_sensitive(request)
    return [f"network-{page.pk}", "news", EVENTS, "contacts", "keywords"]


def event_page_keys(page: EventPage, request) -> list[str]:
    time_sensitive(request)
    keys = [f"event-{page.pk}", "keywords"]
    if page.network_id:
        keys.append(f"network-{page.network_id}")
    return keys


def listing_keys(*keys: str):
    def keys_for(page, request) -> list[str]:
        time_sensitive(request)
        return [*keys, "keywords"]

    return keys_for


register_page_keys(NetworkPage, network_page_keys)
register_page_keys(EventPage, event_page_keys)
register_page_keys(NetworkIndexPage, listing_keys(NETWORKS, "contacts"))
register_page_keys(EventIndexPage, listing_keys(EVENTS, NETWORKS))

register_purge_keys(NetworkPage, lambda page: [f"network-{page.pk}", NETWORKS])
register_purge_keys(NetworkIndexPage, lambda page: [NETWORKS])
register_purge_keys(EventPage, lambda page: [f"event-{page.pk}", EVENTS])
register_purge_keys(EventIndexPage, lambda page: [EVENTS])
