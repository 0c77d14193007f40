"""Search and keyword pages list news, experts, networks and events by keyword."""

from django.conf import settings

from contacts.frontcache import CONTACTS
from keywords.frontcache import KEYWORDS
from network.frontcache import EVENTS, NETWORKS
from news.frontcache import NEWS
from sitewide.frontcache import limit_cache_ttl, register_view_keys

EVERYTHING_LISTED = [NEWS, CONTACTS, NETWORKS, EVENTS, KEYWORDS]


def keyword_page_keys(request, **kwargs) -> list[str]:
    # Lists upcoming events, which change with the clock.
    limit_cache_ttl(request, settings.FRONTCACHE_TIME_SENSITIVE_TTL)
    return EVERYTHING_LISTED


register_view_keys("keyword", keyword_page_keys)
# Counts of keywords in use count live news, cards, networks and events.
register_view_keys("keyword_index", EVERYTHING_LISTED)
register_view_keys("search", EVERYTHING_LISTED)
