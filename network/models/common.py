"""What the network app's page models share."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageQuerySet

from keywords.collation import in_finnish_order
from keywords.models import Keyword
from sitewide.routing import QuickViewRestrictionsMixin, route_to_live_child
from sitewide.translation import with_untranslated_originals

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


def sorted_keywords(page) -> list[Keyword]:
    return in_finnish_order(page.keywords.all())


def route_url(page: RoutablePageMixin, name: str) -> str:
    return (page.url or "") + page.reverse_subpage(name)


class ListingIndexPage(QuickViewRestrictionsMixin, Page):
    """A section that lists its child pages of one kind (`listed_model`) and routes to them
    in one query: the networks' and the events' index pages."""

    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count_per_parent = 1
    listed_model = ""  # "app_label.ModelName" of the listed pages, also the only subpage type

    class Meta:
        abstract = True

    @classmethod
    def listed_manager(cls):
        return apps.get_model(cls.listed_model).objects

    def listed_pages(self) -> PageQuerySet:
        """The listed pages visitors may see (outside Finnish, untranslated originals too)."""
        pages = with_untranslated_originals(self.listed_manager().all(), self)
        return pages.live().without_view_restrictions()

    def routed_pages(self) -> PageQuerySet:
        """The listed pages with what their own page shows, for routing to one of them."""
        return self.listed_manager().all()

    def route(self, request, path_components):
        # A routable subclass puts RoutablePageMixin first: its own views resolve before this.
        found = route_to_live_child(self, request, path_components, self.routed_pages())
        return found or super().route(request, path_components)
