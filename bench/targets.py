"""The pages the benchmark measures, found in the filled database."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.models import Site

from contacts.models import ContactDirectoryPage
from keywords.models import Keyword
from network.models import EventPage, NetworkPage
from news.models import NewsIndexPage, NewsPage

# A word that the generated text uses often, so that search has many hits to rank.
SEARCH_WORD = "osallisuus"


def _url(page) -> str:
    """The page's path on its own site (requests name the site by their Host)."""
    parts = page.get_url_parts()
    if not parts:
        raise LookupError(f"{page} has no URL; is the site set up (setup_site)?")
    return parts[2]


def find_targets(site: Site | None = None) -> list[dict]:
    """[{name, url}] for every kind of page the issue lists, on `site` (default: the default
    site); LookupError when one is missing."""
    site = site or Site.objects.get(is_default_site=True)
    root = site.root_page

    def live(model):
        return model.objects.live().descendant_of(root)

    article = live(NewsPage).filter(slug__startswith="bench-").order_by("-date", "-pk").first()
    news_index = live(NewsIndexPage).first()
    network = live(NetworkPage).filter(signup_open=True).order_by("pk").first()
    event = live(EventPage).filter(slug__startswith="bench-").order_by("pk").first()
    directory = live(ContactDirectoryPage).first()
    # A keyword of the site's own news (another site's is a 404 here): the same one on every
    # site where it can be, so that the sites' keyword pages compare.
    on_site = Keyword.objects.filter(
        news_items__content_object__in=live(NewsPage).filter(slug__startswith="bench-")
    ).distinct()
    keyword = (
        on_site.filter(name__in=["osallisuustoiminta", "järjestöyhteistyö"])
        .order_by("name")
        .first()
        or on_site.order_by("name").first()
    )
    missing = [
        name
        for name, found in [
            ("article", article),
            ("news index", news_index),
            ("network", network),
            ("event", event),
            ("contact directory", directory),
            ("keyword", keyword),
        ]
        if found is None
    ]
    if missing:
        raise LookupError(f"No {', '.join(missing)} in the database; run fill_bench_data.")
    return [
        {"name": "home", "url": "/"},
        {"name": "news_index", "url": _url(news_index)},
        {"name": "article", "url": _url(article)},
        {"name": "keyword", "url": keyword.get_absolute_url()},
        {"name": "keyword_index", "url": reverse("keyword_index")},
        {"name": "search", "url": "/haku/?" + urlencode({"q": SEARCH_WORD})},
        {
            "name": "search_tag",
            "url": "/haku/?" + urlencode({"q": SEARCH_WORD, "tag": keyword.slug}),
        },
        {"name": "directory", "url": _url(directory)},
        {"name": "network", "url": _url(network)},
        {"name": "event", "url": _url(event)},
        {"name": "feed", "url": "/syotteet/uutiset.rss"},
    ]
