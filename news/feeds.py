"""RSS 2.0 and Atom feeds of a site's news (keyword feeds live with their pages: search.feeds)."""

import dataclasses
import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from sitewide import fragments
from sitewide.sites import in_site, request_site

from .models import NewsPage

FEED_ITEMS = 30


def _moment(page: NewsPage) -> datetime.datetime:
    date = page.display_date or timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))


@dataclasses.dataclass(frozen=True)
class FeedEntry:
    """What a feed shows of one news item (read without the page's body)."""

    pk: int
    title: str
    lead: str
    url: str
    published: datetime.datetime
    updated: datetime.datetime
    categories: tuple[str, ...]


def feed_entries(pages, request) -> list[FeedEntry]:
    return [
        FeedEntry(
            pk=page.pk,
            title=page.title,
            lead=page.lead,
            url=page.get_url(request=request),
            published=_moment(page),
            updated=page.last_published_at or _moment(page),
            categories=tuple(keyword.name for keyword in page.keywords.all()),
        )
        for page in pages.defer_streamfields().prefetch_related("keywords")[:FEED_ITEMS]
    ]


@dataclasses.dataclass(frozen=True)
class WrittenFeed:
    """A feed generator's output, with what `Feed.__call__` asks of the generator."""

    content_type: str
    latest: datetime.datetime
    text: str

    @classmethod
    def of(cls, generator) -> "WrittenFeed":
        return cls(
            generator.content_type, generator.latest_post_date(), generator.writeString("utf-8")
        )

    def latest_post_date(self) -> datetime.datetime:
        return self.latest

    def write(self, outfile, encoding) -> None:
        outfile.write(self.text)


class LatestNewsFeed(Feed):
    feed_type = Rss201rev2Feed
    description_template = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self, obj=None) -> str:
        return _("Osallisuus – uutiset")

    def link(self, obj=None) -> str:
        return "/"

    def description(self, obj=None) -> str:
        return _("Osallisuusverkostojen ja järjestöyhteistyön uusimmat uutiset.")

    def feed_url(self, obj=None) -> str:
        return reverse("news_feed_atom" if self.feed_type is Atom1Feed else "news_feed_rss")

    def news(self, obj=None):
        """The news of the request's site, newest first."""
        news = NewsPage.objects.live().without_view_restrictions()
        return in_site(news, request_site(self.request)).newest_first()

    def items(self, obj=None) -> list[FeedEntry]:
        return feed_entries(self.news(obj), self.request)

    def get_feed(self, obj, request):
        # The written document, until a news item, keyword or the site changes
        # (news/frontcache.py): what a feed reader's poll costs is one cache read.
        return fragments.cached(
            request,
            "news-feed",
            fragments.fragment_keys("news-feed"),
            lambda: WrittenFeed.of(super(LatestNewsFeed, self).get_feed(obj, request)),
            vary=[self.feed_type.__name__, type(obj).__name__, getattr(obj, "pk", None)],
        )

    def item_title(self, item: FeedEntry) -> str:
        return item.title

    def item_description(self, item: FeedEntry) -> str:
        return item.lead

    def item_link(self, item: FeedEntry) -> str:
        return item.url

    def item_pubdate(self, item: FeedEntry) -> datetime.datetime:
        return item.published

    def item_updateddate(self, item: FeedEntry) -> datetime.datetime:
        return item.updated

    def item_categories(self, item: FeedEntry) -> list[str]:
        return list(item.categories)

    def item_guid(self, item: FeedEntry) -> str:
        # Stable even when the page is renamed or moved: readers must not see it as new.
        return f"urn:osallisuus:news:{item.pk}"

    item_guid_is_permalink = False


class LatestNewsAtomFeed(LatestNewsFeed):
    feed_type = Atom1Feed
    subtitle = LatestNewsFeed.description
