"""RSS 2.0 and Atom feeds of each keyword's news, beside the keyword pages they follow."""

from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from keywords.models import Keyword
from keywords.resolve import moved_or_gone
from news.feeds import LatestNewsFeed
from sitewide.sites import request_site

from . import queries


class KeywordNewsFeed(LatestNewsFeed):
    def __call__(self, request, *args, **kwargs):
        # A renamed, merged or synonym slug redirects to the keyword's feed; a deleted one is 410;
        # a hidden keyword's slugs 404 as the keyword page's do.
        moved = moved_or_gone(
            request, kwargs["slug"], self.feed_url, may_show=queries.shown_on(request_site(request))
        )
        return moved or super().__call__(request, *args, **kwargs)

    def get_object(self, request, slug: str) -> Keyword:
        # Only the canonical slug: the feed's own links name it (no redirects in feed readers).
        keyword = queries.cached_visible_keyword(request, request_site(request), slug)
        if keyword is None or keyword.slug != slug:
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

    def news(self, obj: Keyword):
        return queries.live_news(request_site(self.request)).with_keyword(obj).newest_first()


class KeywordNewsAtomFeed(KeywordNewsFeed):
    feed_type = Atom1Feed
    subtitle = KeywordNewsFeed.description
