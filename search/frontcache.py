"""Search and keyword pages list news, experts, networks and events by keyword."""

from django.conf import settings

from contacts.frontcache import CONTACTS
from keywords.frontcache import KEYWORDS
from network.frontcache import EVENTS, NETWORKS
from news.frontcache import NEWS
from sitewide.fragments import register_fragment
from sitewide.frontcache import CATCH_ALL, MENU, limit_cache_ttl, register_view_keys

EVERYTHING_LISTED = [NEWS, CONTACTS, NETWORKS, EVENTS, KEYWORDS]
# The search index also holds plain pages (accessibility statement, text pages): any page
# publish purges the catch-all, which search responses carry too.
SEARCHED = [*EVERYTHING_LISTED, CATCH_ALL]


def keyword_page_keys(request, **kwargs) -> list[str]:
    # Lists upcoming events, which change with the clock.
    limit_cache_ttl(request, settings.FRONTCACHE_TIME_SENSITIVE_TTL)
    return EVERYTHING_LISTED


register_view_keys("keyword", keyword_page_keys)
# Counts of keywords in use count live news, cards, networks and events.
register_view_keys("keyword_index", EVERYTHING_LISTED)
register_view_keys("search", SEARCHED)
register_view_keys("search_suggestions", SEARCHED)
# Keyword feeds list news, under the keyword's name.
for view_name in ("keyword_feed_rss", "keyword_feed_atom"):
    register_view_keys(view_name, [NEWS, KEYWORDS])

# A keyword page's fragments (search/keyword.html): a page of its news cards, and its networks,
# events (upcoming first: also changes with the clock) and experts.
register_fragment("keyword-news", [NEWS, MENU])
# The keyword index's list with its counts (also on the search page before a search): four
# grouped counts of everything the site lists, made only when this is not cached.
register_fragment("keyword-cloud", [*EVERYTHING_LISTED, MENU])
register_fragment(
    "keyword-others",
    [NETWORKS, EVENTS, CONTACTS, MENU],
    lifetime=settings.FRONTCACHE_TIME_SENSITIVE_TTL,
)
