"""What news responses show and what a news change makes stale (see docs/caching.md)."""

from wagtail.models import PageViewRestriction

from contacts.frontcache import CONTACTS
from keywords.frontcache import KEYWORDS
from keywords.models import Keyword
from network.models import NetworkPage
from sitewide.fragments import register_fragment
from sitewide.frontcache import (
    MENU,
    media_models,
    register_page_keys,
    register_purge_keys,
    register_route_keys,
    register_view_keys,
)

from .models import NewsIndexPage, NewsPage

# Every response that lists news carries NEWS; publishing, unpublishing, moving or deleting any
# news item purges it (home, the archive and its pages, keyword pages, search, feeds, networks).
NEWS = "news"
# What every news card and article shows besides its own item (which its page key covers): the
# archive's address, keyword names and images. Not another item's publish: after one, lists are
# rebuilt from the other items' cached cards, and articles keep their content (only their
# related news, under NEWS, is made again).
NEWS_SHARED = "news-shared"


def news_page_keys(page: NewsPage, request) -> list[str]:
    # Related news is a news listing; the "Lisätietoja" cards and the keywords show other
    # objects. Named by kind, not id, so that serving needs no extra query.
    return [NEWS, NEWS_SHARED, CONTACTS, KEYWORDS]


register_page_keys(NewsPage, news_page_keys)
# Routing loads an article with its header image (NewsPageQuerySet.for_article) and nothing
# that other news change.
register_route_keys(NewsPage, lambda page, request: [NEWS_SHARED])
register_page_keys(NewsIndexPage, lambda page, request: [NEWS, KEYWORDS])
# A network page lists the network's news.
register_page_keys(NetworkPage, lambda page, request: [NEWS])
register_fragment("network-news", [NEWS])
# An index move or rename changes every article's URL in every listing.
register_purge_keys(NewsPage, lambda page: [NEWS])
register_purge_keys(NewsIndexPage, lambda page: [NEWS, NEWS_SHARED])
register_purge_keys(PageViewRestriction, lambda restriction: [NEWS])
for model in (Keyword, *media_models()):
    register_purge_keys(model, lambda obj: [NEWS, NEWS_SHARED])

# A news card (news/includes/news_card.html, with the item's page key) shows the item, its
# keywords and image, and links to it under the site's root (MENU: a site or section change).
register_fragment("news-card", [NEWS_SHARED, MENU])
# An article's own content and its head's metadata (news/news_page.html, with its page key):
# the article, its images, contact cards and keywords. Pages it links to purge its page key
# when they change (sitewide.frontcache.pages_linking_to).
register_fragment("article", [NEWS_SHARED, CONTACTS, KEYWORDS, MENU])
# Its related news (with its page key, as they follow its keywords).
register_fragment("article-related", [NEWS, MENU])
# A page of the archive's list of cards (news/news_index_page.html).
register_fragment("news-list", [NEWS, MENU])

# A feed's entries (news/feeds.py): the news items, their keywords, and their URLs.
register_fragment("news-feed", [NEWS, MENU])

for view_name in ("news_feed_rss", "news_feed_atom"):
    register_view_keys(view_name, [NEWS])
