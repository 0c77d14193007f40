"""Front-cache keys and fragment counters per site: a change on one site purges its pages only.

Two sites of one install (`home` on "testserver", `other_site` on "toinen.localhost"), each
with its own news. tests/sitewide/test_varnish.py runs the same through a real varnishd.
"""

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from wagtail.models import Site

from contacts.frontcache import CONTACTS
from identity.models import SiteIdentity
from keywords.frontcache import KEYWORDS
from news.frontcache import NEWS
from news.models import NewsIndexPage
from sitewide import fragments, frontcache
from sitewide.frontcache import (
    CATCH_ALL,
    INSTALL,
    MENU,
    page_key,
    purge_keys,
    site_key,
)
from tests.factories import (
    ContactCardFactory,
    KeywordFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.sitewide.test_frontcache import purge_receiver  # noqa: F401 - a shared fixture

pytestmark = pytest.mark.django_db

OTHER_HOST = "toinen.localhost"


@pytest.fixture
def two_sites(home, other_site, settings):
    """Each site with a news archive and an article; the default site's Site and the other."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, OTHER_HOST]
    here = Site.objects.get(is_default_site=True)
    for root in (home, other_site.root_page):
        index = NewsIndexPageFactory(parent=root, show_in_menus=True)
        NewsPageFactory(parent=index, title=f"Uutinen sivustolla {root.title}", slug="uutinen")
    return here, other_site


def xkeys(response) -> set[str]:
    return set(response["xkey"].split())


@pytest.fixture
def sent(settings, purge_receiver, django_capture_on_commit_callbacks):  # noqa: F811
    """The keys the app sends to the front cache during the `with` block it yields."""
    url, received = purge_receiver
    settings.FRONTCACHE_URLS = [url]

    class Recorder:
        keys: set[str] = set()

        def __enter__(self):
            # Changes made before the block queued keys whose commit never ran (a test's
            # transaction): not part of what the block sends.
            frontcache._pending().clear()
            self._capture = django_capture_on_commit_callbacks(execute=True)
            self._capture.__enter__()
            return self

        def __exit__(self, *exc):
            self._capture.__exit__(*exc)
            self.keys = set().union(*(set(header.split()) for _m, header in received))
            received.clear()

    return Recorder()


def news_index_of(site: Site):
    return NewsIndexPage.objects.child_of(site.root_page)


def test_the_same_path_on_two_sites_carries_each_sites_own_keys(client, two_sites):
    here, other = two_sites
    mine = client.get("/uutiset/uutinen/")
    theirs = Client(HTTP_HOST=OTHER_HOST).get("/uutiset/uutinen/")
    assert "Uutinen sivustolla Osallisuus" in mine.content.decode()
    assert "Uutinen sivustolla Toinen alue" in theirs.content.decode()
    assert {site_key(NEWS, here), site_key(MENU, here)} <= xkeys(mine)
    assert {site_key(NEWS, other), site_key(MENU, other)} <= xkeys(theirs)
    assert not xkeys(mine) & xkeys(theirs)  # not one key in common: no purge reaches both


def test_a_news_publish_purges_its_own_sites_keys_only(two_sites, sent):
    here, other = two_sites
    index = news_index_of(here).get()
    with sent:
        article = NewsPageFactory(parent=index, title="Tuore")
    assert {site_key(NEWS, here), site_key(page_key(article.pk), here)} <= sent.keys
    assert {site_key(CATCH_ALL, here), site_key(CATCH_ALL, INSTALL)} <= sent.keys
    assert not [key for key in sent.keys if key.endswith(f":s{other.pk}")]
    with sent:
        NewsPageFactory(parent=news_index_of(other).get(), title="Toisen tuore")
    assert site_key(NEWS, other) in sent.keys
    assert not [key for key in sent.keys if key.endswith(f":s{here.pk}")]


def test_a_card_purges_the_sites_it_is_on_and_the_sites_it_left(two_sites, sent):
    here, other = two_sites
    card = ContactCardFactory(sites=[other])
    with sent:
        card.save()
    assert site_key(CONTACTS, other) in sent.keys
    assert site_key(CONTACTS, here) not in sent.keys
    card.sites.set([here])
    with sent:
        card.save()  # from the other site to this one: both show the change
    assert {site_key(CONTACTS, here), site_key(CONTACTS, other)} <= sent.keys


def test_a_keyword_change_purges_every_site(two_sites, sent):
    here, other = two_sites
    keyword = KeywordFactory(name="Yhteinen")
    keyword.name = "Yhteinen sana"
    with sent:
        keyword.save()
    assert {site_key(KEYWORDS, here), site_key(KEYWORDS, other)} <= sent.keys


def test_a_sites_identity_purges_that_sites_pages_only(two_sites, sent):
    here, other = two_sites
    identity = SiteIdentity.for_site(other)
    identity.organisation_name = "Toisen alueen verkosto"
    with sent:
        identity.save()
    assert site_key(MENU, other) in sent.keys
    assert site_key(MENU, here) not in sent.keys


def test_a_site_change_purges_that_site_and_the_site_lookup(two_sites, sent):
    here, other = two_sites
    other.site_name = "Uusi nimi"
    with sent:
        other.save()
    assert {site_key(MENU, other), site_key(MENU, INSTALL)} <= sent.keys


def test_a_page_moved_to_another_site_purges_both(two_sites, sent):
    here, other = two_sites
    article = NewsPageFactory(parent=news_index_of(here).get(), slug="muuttaja")
    with sent:
        article.move(news_index_of(other).get(), pos="last-child")
    assert {site_key(NEWS, here), site_key(NEWS, other)} <= sent.keys


def counters(host: str) -> dict[str, int]:
    """The fragment counters a request on `host` reads for what every news listing shows."""
    request = RequestFactory(HTTP_HOST=host).get("/")
    request._wagtail_site = Site.find_for_request(request)
    return fragments._generations(request, fragments._scoped(request, [NEWS, MENU]))


def test_a_publish_on_one_site_leaves_the_other_sites_fragment_counters_alone(two_sites):
    here, other = two_sites
    before_here, before_other = counters("testserver"), counters(OTHER_HOST)
    NewsPageFactory(parent=news_index_of(here).get(), title="Vain täällä")
    assert counters(OTHER_HOST) == before_other
    assert counters("testserver")[site_key(NEWS, here)] != before_here[site_key(NEWS, here)]


def test_a_publish_on_one_site_leaves_the_other_sites_fragments_cached(two_sites):
    here, other = two_sites
    visitor = Client(HTTP_HOST=OTHER_HOST)
    assert visitor.get("/uutiset/").status_code == 200
    purge_keys([NEWS], sites=[here])  # what a publish on this site does
    fragments._local.clear()  # as another worker: only Redis (here the test cache) knows
    calls = []
    value = fragments.cached(
        _request_on(OTHER_HOST), "probe", [NEWS], lambda: calls.append(1) or "made"
    )
    assert value == "made" and calls == [1]  # first computed
    purge_keys([NEWS], sites=[here])
    again = fragments.cached(_request_on(OTHER_HOST), "probe", [NEWS], lambda: "remade")
    assert again == "made"  # still the other site's cached value
    purge_keys([NEWS], sites=[other])
    assert fragments.cached(_request_on(OTHER_HOST), "probe", [NEWS], lambda: "remade") == "remade"


def _request_on(host: str):
    request = RequestFactory(HTTP_HOST=host).get("/")
    request._wagtail_site = Site.find_for_request(request)
    return request


def counter_round_trips(monkeypatch, visitor: Client, path: str) -> list[list[str]]:
    """The reads of fragment counters of a warm worker's request (one `get_many` each)."""
    visitor.get(path)  # this worker now knows which site the host is
    round_trips = []
    real_get_many = cache.get_many

    def counted(keys, *args, **kwargs):
        round_trips.append([key for key in keys if key.startswith("fragments:generation:")])
        return real_get_many(keys, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(cache, "get_many", counted)
        assert visitor.get(path).status_code == 200
    return [keys for keys in round_trips if keys]


def test_a_warm_request_reads_its_sites_counters_with_the_site_lookup(two_sites, monkeypatch):
    here, other = two_sites
    theirs = counter_round_trips(monkeypatch, Client(HTTP_HOST=OTHER_HOST), "/uutiset/uutinen/")
    mine = counter_round_trips(monkeypatch, Client(), "/uutiset/uutinen/")
    # As many round trips on either site; the first brings the lookup's and the site's.
    assert len(theirs) == len(mine) <= 2
    first = set(theirs[0])
    lookup = fragments.generation_key(site_key(MENU, INSTALL))
    assert {lookup, fragments.generation_key(site_key(NEWS, other))} <= first


def test_a_view_restriction_purges_its_pages_site_only(two_sites, sent):
    from wagtail.models import PageViewRestriction

    here, other = two_sites
    article = news_index_of(other).get().get_children().get()
    with sent:
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
        )
    assert {site_key(page_key(article.pk), other), site_key(NEWS, other)} <= sent.keys
    assert not [key for key in sent.keys if key.endswith(f":s{here.pk}")]


def test_a_redirect_of_one_site_purges_that_sites_catch_all_and_one_of_none_every_sites(
    two_sites, sent
):
    from wagtail.contrib.redirects.models import Redirect

    here, other = two_sites
    with sent:
        Redirect.objects.create(old_path="/vanha", site=other, redirect_link="/uutiset/")
    assert site_key(CATCH_ALL, other) in sent.keys
    assert site_key(CATCH_ALL, here) not in sent.keys
    with sent:
        Redirect.objects.create(old_path="/kaikille", redirect_link="/uutiset/")
    assert {site_key(CATCH_ALL, here), site_key(CATCH_ALL, other)} <= sent.keys
