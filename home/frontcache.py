"""The home page shows the latest news and the upcoming events (with their networks)."""

from django.conf import settings

from keywords.frontcache import KEYWORDS
from network.frontcache import EVENTS, NETWORKS
from news.frontcache import NEWS
from sitewide.fragments import register_fragment
from sitewide.frontcache import MENU, limit_cache_ttl, register_page_keys

from .models import HomePage


def home_page_keys(page: HomePage, request) -> list[str]:
    # Upcoming events change with the clock too.
    limit_cache_ttl(request, settings.FRONTCACHE_TIME_SENSITIVE_TTL)
    return [NEWS, EVENTS, NETWORKS, KEYWORDS]


register_page_keys(HomePage, home_page_keys)

# The page's two listings (home/home_page.html); the events also change with the clock.
register_fragment("home-news", [NEWS, MENU])
register_fragment(
    "home-events", [EVENTS, NETWORKS, MENU], lifetime=settings.FRONTCACHE_TIME_SENSITIVE_TTL
)
