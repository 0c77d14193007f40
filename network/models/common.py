"""What the network app's page models share."""

from wagtail.contrib.routable_page.models import RoutablePageMixin

from keywords.collation import in_finnish_order
from keywords.models import Keyword

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


def sorted_keywords(page) -> list[Keyword]:
    return in_finnish_order(page.keywords.all())


def route_url(page: RoutablePageMixin, name: str) -> str:
    return (page.url or "") + page.reverse_subpage(name)
