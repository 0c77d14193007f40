"""What news responses show and what a news change makes stale (see docs/caching.md)."""

from sitewide.frontcache import register_page_keys, register_purge_keys, register_view_keys

from .models import NewsIndexPage, NewsPage

# Every response that lists news carries NEWS; publishing, unpublishing, moving or deleting any
# news item purges it (home, the archive and its pages, keyword pages, search, feeds, networks).
NEWS = "news"


def news_page_keys(page: NewsPage, request) -> list[str]:
    # Related news is a news listing; the "Lisätietoja" cards and the network link show other
    # objects. Named by kind, not id, so that serving needs no extra query.
    keys = [NEWS, "contacts", "keywords"]
    if page.network_id:
        keys.append(f"network-{page.network_id}")
    return keys


register_page_keys(NewsPage, news_page_keys)
register_page_keys(NewsIndexPage, lambda page, request: [NEWS, "keywords"])
# An index move or rename changes every article's URL in every listing.
register_purge_keys(NewsPage, lambda page: [NEWS])
register_purge_keys(NewsIndexPage, lambda page: [NEWS])

for view_name in ("news_feed_rss", "news_feed_atom"):
    register_view_keys(view_name, [NEWS])
