"""Every key a rendered response carries is purged by some registered change.

A key that no change purges (a typo, or a name one app uses and no other app purges) would leave
the responses carrying it stale until the TTL. The site here has one of everything; every live
page and every view with registered keys is requested, and each key of its `xkey` header must
be among the keys that a change of some object in the database purges: `page_change_keys` for
every page, the registered purge functions for every other registered model's objects.

URL keys are exempt: they are computed from the request's path by `url_prefix_keys`, not
written by anyone, and a URL key without a page at that path only adds a key no change needs.
"""

import datetime

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Page

from contacts.models import ContactDirectoryPage
from network.models import NetworkPage
from news.frontcache import news_page_keys
from news.models import NewsPage, NewsPageContact
from sitewide import frontcache
from sitewide.frontcache import (
    CATCH_ALL,
    change_sites,
    for_sites,
    page_change_keys,
    request_scope,
    site_key,
    url_prefix_keys,
)
from tests.factories import ContactCardFactory, KeywordFactory, NewsPageFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def everything(home, news_index):
    keyword = KeywordFactory(name="osallisuus")
    card = ContactCardFactory(keywords=[keyword])
    network_index = NetworkIndexPageFactory(parent=home, show_in_menus=True)
    network = NetworkPageFactory(
        parent=network_index,
        keywords=[keyword],
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )
    event_index = EventIndexPageFactory(parent=home, show_in_menus=True)
    EventPageFactory(parent=event_index, network=network, keywords=[keyword])
    home.add_child(instance=ContactDirectoryPage(title="Asiantuntijat", slug="asiantuntijat"))
    article = NewsPageFactory(parent=news_index, network=network, keywords=[keyword])
    NewsPageContact.objects.create(page=article, card=card)
    NewsPageFactory(parent=news_index, keywords=[keyword])
    return {"keyword": keyword, "card": card, "site": home.get_site()}


def purgeable_keys() -> set[str]:
    """Every key some change of some object now in the database purges, named for the sites
    the change purges it on."""
    keys = for_sites([CATCH_ALL])
    for page in Page.objects.all().specific():
        keys |= page_change_keys(page)
    for model in frontcache._purge_keys:
        if issubclass(model, Page):
            continue
        for obj in model._default_manager.all():
            named = frontcache._keys_for_model(frontcache._purge_keys, obj)
            keys |= for_sites(named, change_sites(obj))
    return keys


# Views that answer only with a query string naming what they show.
VIEW_QUERIES = {"subscriptions:follow": "?asiasana={keyword}&kaikki=1"}


def view_urls(everything) -> list[str]:
    """A URL for every view that registered keys, with the fixture's objects as arguments."""
    urls = []
    candidates = [{}, {"token": everything["card"].token}, {"slug": everything["keyword"].slug}]
    for name in frontcache._view_keys:
        for kwargs in candidates:
            try:
                query = VIEW_QUERIES.get(name, "").format(keyword=everything["keyword"].slug)
                urls.append(reverse(name, kwargs=kwargs) + query)
                break
            except NoReverseMatch:
                continue
        else:
            pytest.fail(f"No URL for the view {name!r} with the fixture's objects")
    return urls


def unpurged_keys(client, urls: list[str]) -> dict[str, set[str]]:
    purgeable = purgeable_keys()
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        request = response.wsgi_request
        url_keys = for_sites(url_prefix_keys(request.path), [request_scope(request)])
        keys = set(response["xkey"].split()) - url_keys
        if keys - purgeable:
            found[url] = keys - purgeable
    return found


def all_urls(everything) -> list[str]:
    pages = [page.url for page in Page.objects.live().filter(depth__gte=2).specific()]
    return pages + view_urls(everything)


def test_every_key_on_every_page_and_view_is_purged_by_some_change(client, everything):
    urls = all_urls(everything)
    # Every kind of page is among them, each with the keys of what it shows.
    kinds = {type(page) for page in Page.objects.live().filter(depth__gte=2).specific()}
    assert {NewsPage, NetworkPage, ContactDirectoryPage} <= kinds
    assert len(urls) >= len(kinds) + 5
    assert unpurged_keys(client, urls) == {}


def test_a_key_misspelt_in_a_registration_is_found(client, everything, monkeypatch):
    # The same registry, with one app's page keys carrying a typo.
    registry = dict(frontcache._page_keys)
    registry[NewsPage] = [lambda page, request: [*news_page_keys(page, request), "newz"]]
    monkeypatch.setattr(frontcache, "_page_keys", registry)
    found = unpurged_keys(client, all_urls(everything))
    assert found
    assert all(keys == {site_key("newz", everything["site"])} for keys in found.values())
