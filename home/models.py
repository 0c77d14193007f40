from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from network.models import EventPage
from news.models import NewsIndexPage, NewsPage
from sitewide.models import LocaleFallbackMixin
from sitewide.routing import QuickViewRestrictionsMixin, with_view_restriction_flags
from sitewide.sections import remember_site_root, site_sections
from sitewide.sites import in_site
from sitewide.translation import with_untranslated_originals

LATEST_NEWS_COUNT = 6
UPCOMING_EVENTS_COUNT = 3


class HomePage(QuickViewRestrictionsMixin, LocaleFallbackMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)
    featured = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("nosto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Uutinen, verkosto tai tapahtuma, joka nostetaan etusivulle johdannon alle."),
    )

    # The news, network and event changes that purge the home page cover the featured page too
    # (home/frontcache.py).
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        PageChooserPanel("featured", ["news.NewsPage", "network.NetworkPage", "network.EventPage"]),
    ]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("etusivu")
        verbose_name_plural = _("etusivut")

    def route(self, request, path_components):
        """Route through the site's sections as the menu has them (cached), so that a page
        below a section costs one query for the page itself."""
        if not hasattr(request, "_localized_site_root"):
            remember_site_root(request, self)
        if path_components:
            slug, rest = path_components[0], path_components[1:]
            section = next((s for s in site_sections(request, self) if s.slug == slug), None)
            if section is not None and section.specific_class is not None:
                try:
                    result = self._route_through(section, request, rest)
                except Http404:
                    result = None  # Wagtail's own routing decides, with the language fallback
                if result is not None:
                    return result
        return super().route(request, path_components)

    def _route_through(self, section: Page, request, rest: list[str]) -> RouteResult | None:
        def full(page: Page) -> Page | None:
            found = with_view_restriction_flags(
                page.specific_class.objects.filter(pk=page.pk)
            ).first()
            if found is not None:
                found._cached_parent_obj = self
            return found

        # Below the section, only its path and depth are needed: no query for its fields.
        child = section.specific_deferred if rest else full(section)
        if child is None:
            return None
        child._cached_parent_obj = self
        result = child.route(request, rest)
        if result.page is child and rest:
            # The section itself answers a sub-path (a routable page view): load all of it.
            loaded = full(section)
            if loaded is None:
                return None
            result = RouteResult(loaded, args=result.args, kwargs=result.kwargs)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.news_index(request)
        context["featured"] = self.featured_page(request)
        return context

    def featured_page(self, request=None) -> Page | None:
        """The featured page, in the language of the page when translated, if it is live, public
        and of this site (a page of another site never shows here)."""
        if self.featured_id is None:
            return None
        site = getattr(request, "_wagtail_site", None) if request else None
        site = site or Site.objects.filter(root_page__translation_key=self.translation_key).first()
        if site is None:
            return None
        pages = in_site(Page.objects.filter(pk=self.featured_id), site)
        page = pages.live().public().specific().first()
        if page is None:
            return None
        return page.localized  # the live translation in the active language, or the page

    def latest_news(self):
        return (
            with_untranslated_originals(NewsPage.objects.all(), self, descendants=True)
            .live()
            .without_view_restrictions()
            .newest_first()
            .for_listing()
        )[:LATEST_NEWS_COUNT]

    def upcoming_events(self):
        return (
            with_untranslated_originals(EventPage.objects.all(), self, descendants=True)
            .live()
            .without_view_restrictions()
            .upcoming()
            .with_organiser()[:UPCOMING_EVENTS_COUNT]
        )

    def news_index(self, request=None) -> Page | None:
        """The live news archive among the sections (already loaded for the menu)."""
        return next(
            (
                section
                for section in site_sections(request, self)
                if section.live and section.specific_class is NewsIndexPage
            ),
            None,
        )
