"""What network and event responses show and what their changes make stale."""

from django.conf import settings
from wagtail.models import PageViewRestriction

from contacts.frontcache import CONTACTS
from contacts.models import Organisation, Region
from keywords.frontcache import KEYWORDS
from keywords.models import Keyword
from sitewide.fragments import register_fragment
from sitewide.frontcache import (
    MENU,
    limit_cache_ttl,
    media_models,
    register_page_keys,
    register_purge_keys,
    register_route_keys,
)

from .models import EventIndexPage, EventPage, NetworkIndexPage, NetworkPage

# NETWORKS: listings of networks and every event card naming its network. EVENTS: listings of
# events.
NETWORKS = "networks"
EVENTS = "events"


def network_key(pk: int) -> str:
    """The key of every page that names one network (its own page, its news and events)."""
    return f"network-{pk}"


def event_key(pk: int) -> str:
    return f"event-{pk}"


def time_sensitive(request) -> None:
    # "Upcoming", "past" and sign-up deadlines change with the clock, not with an edit.
    limit_cache_ttl(request, settings.FRONTCACHE_TIME_SENSITIVE_TTL)


def network_page_keys(page: NetworkPage, request) -> list[str]:
    # Its news: news/frontcache.py adds NEWS (news comes after network in the import order).
    time_sensitive(request)
    return [network_key(page.pk), EVENTS, CONTACTS, KEYWORDS]


def event_page_keys(page: EventPage, request) -> list[str]:
    time_sensitive(request)
    keys = [event_key(page.pk), KEYWORDS]
    if page.network_id:
        keys.append(network_key(page.network_id))
    return keys


def listing_keys(*keys: str):
    def keys_for(page, request) -> list[str]:
        time_sensitive(request)
        return [*keys, KEYWORDS]

    return keys_for


register_page_keys(NetworkPage, network_page_keys)
register_page_keys(EventPage, event_page_keys)
register_page_keys(NetworkIndexPage, listing_keys(NETWORKS, CONTACTS))
register_page_keys(EventIndexPage, listing_keys(EVENTS, NETWORKS))

register_purge_keys(NetworkPage, lambda page: [network_key(page.pk), NETWORKS])
register_purge_keys(NetworkIndexPage, lambda page: [NETWORKS])
register_purge_keys(EventPage, lambda page: [event_key(page.pk), EVENTS])
register_purge_keys(EventIndexPage, lambda page: [EVENTS])
# The network index shows regions and organisations; every listing shows keywords and images.
for model in (Organisation, Region):
    register_purge_keys(model, lambda obj: [NETWORKS])
for model in (Keyword, PageViewRestriction, *media_models()):
    register_purge_keys(model, lambda obj: [NETWORKS, EVENTS])

# A network page but its news and sign-up form (network/network_page.html): its facts, members
# and meetings (a publish of any network renames it), upcoming events (also the clock) and
# coordinator card.
register_fragment(
    "network-page",
    [NETWORKS, EVENTS, CONTACTS, KEYWORDS, MENU],
    lifetime=settings.FRONTCACHE_TIME_SENSITIVE_TTL,
)
# The network's latest news (with its page key): links under the site's root; news/frontcache.py
# adds its key for the news, so that another item's publish remakes only this list.
register_fragment("network-news", [MENU])
# Routing loads a network page with its coordinator's card, organisation and photo
# (NetworkPageManager.routed_pages), none of its news, events or keywords.
register_route_keys(NetworkPage, lambda page, request: [network_key(page.pk), CONTACTS])
# An event's page (network/event_page.html): the event, its organiser, keywords and materials;
# "past" and the registration deadline follow the clock.
register_fragment(
    "event-page",
    [EVENTS, NETWORKS, KEYWORDS, MENU],
    lifetime=settings.FRONTCACHE_TIME_SENSITIVE_TTL,
)
# The empty sign-up form (network/network_page.html): the network's regions (or all regions)
# and the link to the privacy notice the editors chose (whose changes purge MENU:
# sitewide/frontcache.py).
register_fragment("signup-form", [NETWORKS, MENU])
