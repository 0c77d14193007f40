from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from network.models import EventPage
from news.models import NewsIndexPage, NewsPage
from sitewide.models import LocaleFallbackMixin

LATEST_NEWS_COUNT = 6
UPCOMING_EVENTS_COUNT = 3


class HomePage(LocaleFallbackMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("etusivu")
        verbose_name_plural = _("etusivut")

    def latest_news(self):
        return (NewsPage.objects.live().public().descendant_of(self).newest_first().for_listing())[
            :LATEST_NEWS_COUNT
        ]

    def upcoming_events(self):
        return (
            EventPage.objects.live()
            .without_view_restrictions()
            .upcoming()
            .select_related("network")[:UPCOMING_EVENTS_COUNT]
        )

    def news_index(self):
        return NewsIndexPage.objects.child_of(self).live().first()
