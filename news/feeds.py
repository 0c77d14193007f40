"""RSS 2.0 and Atom feeds of all news (each keyword's feed lives with its page: search.feeds)."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import NewsPage

FEED_ITEMS = 30


def _moment(page: NewsPage) -> datetime.datetime:
    date = page.display_date or timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))


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

    def items(self, obj=None):
        return (
            NewsPage.objects.live()
            .without_view_restrictions()
            .newest_first()
            .prefetch_related("keywords")[:FEED_ITEMS]
        )

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.lead

    def item_link(self, item: NewsPage) -> str:
        return item.get_url(request=self.request)

    def item_pubdate(self, item: NewsPage) -> datetime.datetime:
        return _moment(item)

    def item_updateddate(self, item: NewsPage) -> datetime.datetime:
        return item.last_published_at or _moment(item)

    def item_categories(self, item: NewsPage) -> list[str]:
        return [keyword.name for keyword in item.keywords.all()]

    def item_guid(self, item: NewsPage) -> str:
        # Stable even when the page is renamed or moved: readers must not see it as new.
        return f"urn:osallisuus:news:{item.pk}"

    item_guid_is_permalink = False


class LatestNewsAtomFeed(LatestNewsFeed):
    feed_type = Atom1Feed
    subtitle = LatestNewsFeed.description
