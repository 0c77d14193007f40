"""RSS 2.0 and Atom feeds of all news and of each keyword."""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from contacts.models import ContactCard, ContactCardKeyword
from keywords.models import Keyword
from keywords.resolve import moved_or_gone
from network.models import EventPage, EventPageKeyword, NetworkPage, NetworkPageKeyword

from .models import NewsPage, NewsPageKeyword

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


def _publicly_used_keyword(slug: str) -> Keyword | None:
    """The keyword if anything visitors can see carries it (as its keyword page requires).

    A keyword that only drafts, private pages or unpublished cards carry must not reveal that
    it exists, not even as an empty feed with its name in the title.
    """

    def used_by(through, visible) -> Exists:
        return Exists(
            through.objects.filter(tag=OuterRef("pk"), content_object__in=visible.values("pk"))
        )

    return (
        Keyword.objects.filter(slug=slug)
        .filter(
            used_by(NewsPageKeyword, NewsPage.objects.live().without_view_restrictions())
            | used_by(ContactCardKeyword, ContactCard.objects.published())
            | used_by(NetworkPageKeyword, NetworkPage.objects.live().without_view_restrictions())
            | used_by(EventPageKeyword, EventPage.objects.live().without_view_restrictions())
        )
        .first()
    )


class KeywordNewsFeed(LatestNewsFeed):
    def __call__(self, request, *args, **kwargs):
        # A renamed, merged or synonym slug redirects to the keyword's feed; a deleted one is 410.
        moved = moved_or_gone(request, kwargs["slug"], self.feed_url)
        return moved or super().__call__(request, *args, **kwargs)

    def get_object(self, request, slug: str) -> Keyword:
        keyword = _publicly_used_keyword(slug)
        if keyword is None:
            raise Http404(_("Asiasanaa ei löytynyt."))
        return keyword

    def title(self, obj: Keyword) -> str:
        return _("Osallisuus – asiasana %(name)s") % {"name": obj.name}

    def link(self, obj: Keyword) -> str:
        return obj.get_absolute_url()

    def description(self, obj: Keyword) -> str:
        return _("Uusimmat uutiset asiasanalla %(name)s.") % {"name": obj.name}

    def feed_url(self, obj: Keyword) -> str:
        name = "keyword_feed_atom" if self.feed_type is Atom1Feed else "keyword_feed_rss"
        return reverse(name, kwargs={"slug": obj.slug})

    def items(self, obj: Keyword):
        return (
            NewsPage.objects.live()
            .without_view_restrictions()
            .with_keyword(obj)
            .newest_first()
            .prefetch_related("keywords")[:FEED_ITEMS]
        )


class KeywordNewsAtomFeed(KeywordNewsFeed):
    feed_type = Atom1Feed
    subtitle = KeywordNewsFeed.description
