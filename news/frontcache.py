"""What news responses show and what a news change makes stale (see docs/caching.md)."""

from wagtail.models import PageViewRestriction

from contacts.frontcache import CONTACTS
from keywords.frontcache import KEYWORDS
from keywords.models import Keyword
from network.frontcache import network_key
from network.models import NetworkPage
from sitewide.fragments import register_fragment
from sitewide.frontcache import (
    MENU,
    media_models,
    register_page_keys,
    register_purge_keys,
    register_view_keys,
)

from .models import NewsIndexPage, NewsPage

# Every response that lists news carries NEWS; publishing, unpublishing, moving or deleting any
# news item purges it (home, the archive and its pages, keyword pages, search, feeds, networks).
NEWS = "news"
# What every news card shows besides its own item (which its page key covers): the archive's
# address, keyword names and images. Not another item's publish, so that after one the lists
# are rebuilt from the other items' cached cards.
NEWS_CARDS = "news-cards"


def news_page_keys(page: NewsPage, request) -> list[str]:
    # Related news is a news listing; the "Lisätietoja" cards and the network link show other
    # objects. Named by kind, not id, so that serving needs no extra query.
    keys = [NEWS, CONTACTS, KEYWORDS]
    if page.network_id:
        keys.append(network_key(page.network_id))
    return keys


register_page_keys(NewsPage, news_page_keys)
register_page_keys(NewsIndexPage, lambda page, request: [NEWS, KEYWORDS])
# A network page lists the network's news.
register_page_keys(NetworkPage, lambda page, request: [NEWS])
register_fragment("network-page", [NEWS])
# An index move or rename changes every article's URL in every listing.
register_purge_keys(NewsPage, lambda page: [NEWS])
register_purge_keys(NewsIndexPage, lambda page: [NEWS, NEWS_CARDS])
register_purge_keys(PageViewRestriction, lambda restriction: [NEWS])
for model in (Keyword, *media_models()):
    register_purge_keys(model, lambda obj: [NEWS, NEWS_CARDS])

# A news card (news/includes/news_card.html, with the item's page key) shows the item, its
# keywords and image, and links to it under the site's root (MENU: a site or section change).
register_fragment("news-card", [NEWS_CARDS, MENU])
# An article's own content and its head's metadata (news/news_page.html, with its page key):
# the article, its images, contact cards, keywords and related news.
register_fragment("article", [NEWS, CONTACTS, KEYWORDS, MENU])
# A page of the archive's list of cards (news/news_index_page.html).
register_fragment("news-list", [NEWS, MENU])

# A feed's entries (news/feeds.py): the news items, their keywords, and their URLs.
register_fragment("news-feed", [NEWS, MENU])

for view_name in ("news_feed_rss", "news_feed_atom"):
    register_view_keys(view_name, [NEWS])
