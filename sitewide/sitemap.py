"""The sitemap: every live public page of the requested site, in a fixed number of queries."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .routing import exclude_view_restricted


class PlainPageSitemap(Sitemap):
    """Wagtail's sitemap loads every page's specific model (one query per page type and per
    2,000 pages) and every view restriction; none of our page types changes its sitemap entry,
    so the generic page row is enough."""

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).live()
        return exclude_view_restricted(pages).order_by("path").defer_streamfields()


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"wagtail": PlainPageSitemap(request)})
