"""The pages the benchmark measures, found in the filled database."""

from urllib.parse import urlencode

from contacts.models import ContactDirectoryPage
from keywords.models import Keyword
from network.models import EventPage, NetworkPage
from news.models import NewsIndexPage, NewsPage

# A word that the generated text uses often, so that search has many hits to rank.
SEARCH_WORD = "osallisuus"


def _url(page) -> str:
    url = page.get_url()
    if not url:
        raise LookupError(f"{page} has no URL; is the site set up (setup_site)?")
    return url


def find_targets() -> list[dict]:
    """[{name, url}] for every kind of page the issue lists; LookupError when one is missing."""
    article = NewsPage.objects.live().filter(slug__startswith="bench-").order_by("-date").first()
    news_index = NewsIndexPage.objects.live().first()
    network = NetworkPage.objects.live().filter(signup_open=True).order_by("pk").first()
    event = EventPage.objects.live().filter(slug__startswith="bench-").order_by("pk").first()
    directory = ContactDirectoryPage.objects.live().first()
    # The keyword on the most news: the largest keyword page and the broadest search filter.
    keyword = (
        Keyword.objects.filter(name__in=["osallisuustoiminta", "järjestöyhteistyö"])
        .order_by("name")
        .first()
    ) or Keyword.objects.filter(news_items__isnull=False).first()
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
