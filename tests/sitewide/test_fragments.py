"""Fragments and values cached under front-cache keys are forgotten by the same purges.

The news archive's count, an article's related news and contact cards, and the request's site
are cached; each test first shows the cached answer in use (no query), then that the change an
editor makes shows at once.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from news.models import NEWS_PER_PAGE, NewsPageContact
from sitewide import fragments
from sitewide.frontcache import purge_keys, site_key
from tests.factories import ContactCardFactory, KeywordFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


# The mechanism ---------------------------------------------------------------------------------


def test_a_value_is_computed_once_until_a_purge_names_one_of_its_keys():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    def get():
        return fragments.cached(RequestFactory().get("/"), "test", ["k1", "k2"], compute)

    assert get() == 1
    assert get() == 1
    purge_keys(["other"])
    assert get() == 1
    purge_keys(["k2"])
    assert get() == 2
    assert get() == 2


def test_a_lost_counter_never_brings_back_an_entry_cached_before_it():
    calls = []

    def get():
        return fragments.cached(None, "test", ["k"], lambda: calls.append(1) or len(calls))

    assert get() == 1
    cache.delete(fragments.generation_key(site_key("k", None)))  # evicted, or Redis restarted
    assert get() == 2


def test_a_cached_value_still_gives_the_response_its_keys():
    first, second = RequestFactory().get("/"), RequestFactory().get("/")
    fragments.cached(first, "test", ["news", "page-1"], lambda: "x")
    fragments.cached(second, "test", ["news", "page-1"], lambda: "y")
    assert second._frontcache_keys == {"news", "page-1"}


def test_values_vary_by_language_and_by_what_the_caller_names():
    from django.utils import translation

    assert fragments.cached(None, "test", ["k"], lambda: "fi-1", vary=[1]) == "fi-1"
    assert fragments.cached(None, "test", ["k"], lambda: "fi-2", vary=[2]) == "fi-2"
    with translation.override("sv"):
        assert fragments.cached(None, "test", ["k"], lambda: "sv-1", vary=[1]) == "sv-1"
    assert fragments.cached(None, "test", ["k"], lambda: "other", vary=[1]) == "fi-1"


def test_each_site_gets_its_own_fragment(home, other_site):
    def request_for(site):
        request = RequestFactory().get("/")
        request._wagtail_site = site
        return request

    first = Site.objects.get(is_default_site=True)
    assert fragments.cached(request_for(first), "test", ["k"], lambda: "first") == "first"
    assert fragments.cached(request_for(other_site), "test", ["k"], lambda: "other") == "other"
    assert fragments.cached(request_for(first), "test", ["k"], lambda: "again") == "first"


def test_a_worker_serves_a_fragment_it_has_seen_from_memory_until_a_purge():
    calls = []

    def get():
        return fragments.cached(None, "test", ["k"], lambda: calls.append(1) or len(calls))

    assert get() == 1
    cache.delete(fragments.fragment_key(None, "test", ["k"]))  # gone from Redis
    assert get() == 1  # the worker's own copy
    assert calls == [1]
    purge_keys(["k"])  # an editor's change: a new name, which no worker has seen
    assert get() == 2


def test_a_worker_keeps_only_the_most_recently_used_fragments_in_memory(monkeypatch):
    monkeypatch.setattr(fragments, "LOCAL_ENTRIES", 2)
    calls = []

    def get(number):
        compute = lambda: calls.append(number) or number  # noqa: E731
        return fragments.cached(None, "test", ["k"], compute, vary=[number])

    for number in (1, 2, 1, 3):  # 3 pushes out 2, the least recently used
        get(number)
    for number in (1, 2, 3):  # gone from Redis: only the worker's memory has them
        cache.delete(fragments.fragment_key(None, "test", ["k"], vary=[number]))
    calls.clear()
    for number in (1, 3, 2):
        get(number)
    assert calls == [2]


def test_each_request_gets_its_own_copy_of_a_value_kept_in_memory():
    def get():
        return fragments.cached(None, "test", ["k"], lambda: ["kept"])

    first = get()
    first.append("changed by one request")
    assert get() == ["kept"]
    assert get() is not get()


def test_a_fragment_with_a_lifetime_is_computed_again_once_it_has_passed(monkeypatch):
    monkeypatch.setitem(fragments._lifetimes, "test-clock", 300)
    calls = []
    now = [1_000_000.0]
    monkeypatch.setattr(fragments, "_clock", lambda: now[0])

    def get():
        return fragments.cached(None, "test-clock", ["k"], lambda: calls.append(1) or len(calls))

    assert get() == 1
    now[0] += 100
    assert get() == 1
    now[0] += 300  # the next five minutes: "upcoming" may mean other events now
    assert get() == 2


def test_registering_a_kind_again_adds_its_keys(monkeypatch):
    monkeypatch.setattr(fragments, "_kinds", {})
    fragments.register_fragment("test-kind", ["a", "b"])
    fragments.register_fragment("test-kind", ["b", "c"])  # another app's part of it
    assert fragments.fragment_keys("test-kind") == ("a", "b", "c")


def test_lookup_finds_only_what_was_stored_under_the_current_counters():
    request = RequestFactory().get("/")
    assert fragments.lookup(request, "test", ["k"], vary=[1]) is fragments.MISSING
    fragments.store(request, "test", ["k"], "stored", vary=[1])
    assert fragments.lookup(RequestFactory().get("/"), "test", ["k"], vary=[1]) == "stored"
    purge_keys(["k"])
    assert fragments.lookup(RequestFactory().get("/"), "test", ["k"], vary=[1]) is fragments.MISSING


def test_a_request_reads_the_counters_of_the_shared_keys_in_one_round_trip(monkeypatch):
    from contacts.frontcache import CONTACTS
    from news.frontcache import NEWS
    from sitewide.frontcache import MENU

    round_trips = []
    real_get_many = cache.get_many

    def counted_get_many(keys, *args, **kwargs):
        round_trips.append(list(keys))
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counted_get_many)
    request = RequestFactory().get("/")
    for keys in ([MENU], [NEWS], [CONTACTS, MENU]):
        fragments.cached(request, "test", keys, lambda: "x")
    assert len(round_trips) == 1


@pytest.fixture
def real_redis():
    """The production cache on the machine's Redis, under a prefix of this test's own."""
    import uuid

    from django.core.cache import caches
    from django.test import override_settings

    from osallisuus.settings.base import redis_caches

    configuration = redis_caches("redis://127.0.0.1:6379/13")
    configuration["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    with override_settings(CACHES=configuration):
        yield caches["default"]
        caches["default"].close()


def test_after_a_flush_a_request_starts_its_counters_in_one_round_trip(real_redis, monkeypatch):
    from contacts.frontcache import CONTACTS
    from news.frontcache import NEWS
    from sitewide.frontcache import MENU

    def one_at_a_time(*args, **kwargs):
        raise AssertionError("a counter was started in a round trip of its own")

    batches = []
    real_add_many = real_redis.add_many
    monkeypatch.setattr(real_redis, "add", one_at_a_time)
    monkeypatch.setattr(
        real_redis,
        "add_many",
        lambda data, *a: batches.append(list(data)) or real_add_many(data, *a),
    )
    request = RequestFactory().get("/")
    for keys in ([MENU], [NEWS], [CONTACTS, MENU]):
        assert fragments.cached(request, "test", keys, lambda: "x") == "x"
    assert len(batches) == 1
    named = [site_key(key, None) for key in (MENU, NEWS, CONTACTS)]  # a request of no site
    assert {fragments.generation_key(key) for key in named} <= set(batches[0])
    assert real_redis.get(fragments.generation_key(site_key(NEWS, None))) is not None


def test_a_counter_another_worker_started_first_is_the_one_used(real_redis, monkeypatch):
    # Both workers found no counter; the other stored its counter and a value under it first.
    other_worker = RequestFactory().get("/")
    assert fragments.cached(other_worker, "test", ["k"], lambda: "the other's") == "the other's"
    fragments._local.clear()  # this worker has seen nothing
    real_get_many = real_redis.get_many
    reads = []

    def read_before_the_other_worker_stored(names, *args):
        reads.append(names)
        return {} if len(reads) == 1 else real_get_many(names, *args)

    monkeypatch.setattr(real_redis, "get_many", read_before_the_other_worker_stored)
    assert (
        fragments.cached(RequestFactory().get("/"), "test", ["k"], lambda: "mine") == "the other's"
    )


def test_add_many_stores_only_the_absent_keys_and_says_which(real_redis):
    real_redis.set("present", "old")
    assert real_redis.add_many({"present": "new", "absent": "new"}, 60) == {
        "present": False,
        "absent": True,
    }
    assert real_redis.get_many(["present", "absent"]) == {"present": "old", "absent": "new"}
    assert real_redis.add_many({}) == {}


# What the pages cache ------------------------------------------------------------------------


def test_the_news_archive_counts_once_and_follows_publishing(client, news_index):
    for _ in range(NEWS_PER_PAGE):
        NewsPageFactory(parent=news_index)
    client.get("/uutiset/")
    assert not [sql for sql in queries_for(client, "/uutiset/") if "COUNT(" in sql.upper()]
    assert client.get("/uutiset/?page=2").status_code == 404

    extra = NewsPageFactory(parent=news_index)  # the eleventh: a second page
    assert client.get("/uutiset/?page=2").status_code == 200

    extra.unpublish()
    assert client.get("/uutiset/?page=2").status_code == 404


def test_related_news_is_cached_and_follows_publishing(client, news_index):
    shared = KeywordFactory(name="verkostot")
    article = NewsPageFactory(parent=news_index, keywords=[shared])
    NewsPageFactory(parent=news_index, title="Vanha aiheesta", keywords=[shared])
    assert "Vanha aiheesta" in client.get(article.url).content.decode()
    assert not [sql for sql in queries_for(client, article.url) if "shared_keywords" in sql]

    NewsPageFactory(parent=news_index, title="Uusi aiheesta", keywords=[shared])
    assert "Uusi aiheesta" in client.get(article.url).content.decode()


def test_contact_cards_are_cached_and_follow_the_card(client, news_index):
    article = NewsPageFactory(parent=news_index)
    card = ContactCardFactory(name="Kortti Ihminen")
    NewsPageContact.objects.create(page=article, card=card)
    article.save_revision().publish()
    assert "Kortti Ihminen" in client.get(article.url).content.decode()
    assert not [sql for sql in queries_for(client, article.url) if "newspagecontact" in sql]

    card.name = "Kortti Uusinimi"
    card.save_revision().publish()
    assert "Kortti Uusinimi" in client.get(article.url).content.decode()


def test_the_site_is_looked_up_once_and_follows_a_site_change(client, news_index):
    client.get("/haku/")
    client.get(news_index.url)
    for url in ("/haku/", news_index.url):
        assert not [sql for sql in queries_for(client, url) if "wagtailcore_site" in sql]

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Uusi nimi"
    site.save()
    assert [sql for sql in queries_for(client, "/haku/") if "wagtailcore_site" in sql]


def test_the_site_sections_are_cached_and_follow_a_new_section(client, news_index, home):
    from tests.factories import NewsIndexPageFactory

    assert [sql for sql in queries_for(client, "/") if "view_restricted" in sql]
    assert not [sql for sql in queries_for(client, "/") if "view_restricted" in sql]

    NewsIndexPageFactory(parent=home, title="Uusi osio", slug="uusi-osio", show_in_menus=True)
    main_nav = client.get("/").content.decode().split('class="main-nav"')[1]
    assert "Uusi osio" in main_nav.split("</nav>")[0]


def test_the_site_identity_is_cached_and_follows_a_saved_change(client, home):
    from identity.models import SiteIdentity

    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.save()
    assert [sql for sql in queries_for(client, "/") if "identity_siteidentity" in sql]
    assert not [sql for sql in queries_for(client, "/") if "identity_siteidentity" in sql]

    identity.organisation_name = "Uusi organisaatio"
    identity.save()
    assert "Uusi organisaatio" in client.get("/").content.decode()


def test_a_page_view_reads_wagtails_site_root_paths_from_the_workers_memory(
    client, news_index, monkeypatch
):
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY

    article = NewsPageFactory(parent=news_index)
    client.get(article.url)
    reads = []
    real_get = cache.get

    def counted_get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted_get)
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert f'"mainEntityOfPage": "http://testserver{article.url}"' in html
    assert reads.count(SITE_ROOT_PATHS_CACHE_KEY) == 0


def test_wagtails_site_root_paths_follow_a_site_change(client, news_index):
    article = NewsPageFactory(parent=news_index)
    client.get(article.url)
    site = Site.objects.get(is_default_site=True)
    site.port = 8080
    site.save()
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver:8080{article.url}">' in html


def test_the_health_probe_touches_neither_database_nor_cache(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/healthz").status_code == 200
    assert captured.captured_queries == []


def test_the_archive_list_is_cached_and_follows_a_publish(client, news_index):
    NewsPageFactory(parent=news_index, title="Arkiston uutinen")
    assert "Arkiston uutinen" in client.get("/uutiset/").content.decode()
    assert not [sql for sql in queries_for(client, "/uutiset/") if "news_newspage" in sql]

    NewsPageFactory(parent=news_index, title="Tuore uutinen")
    assert "Tuore uutinen" in client.get("/uutiset/").content.decode()


def test_the_feed_is_cached_and_follows_a_publish(client, news_index):
    NewsPageFactory(parent=news_index, title="Syötteen uutinen")
    assert "Syötteen uutinen" in client.get("/syotteet/uutiset.rss").content.decode()
    assert not [sql for sql in queries_for(client, "/syotteet/uutiset.rss") if "news_" in sql]

    NewsPageFactory(parent=news_index, title="Uusin syötteessä")
    assert "Uusin syötteessä" in client.get("/syotteet/uutiset.rss").content.decode()


def test_news_cards_are_cached_and_follow_a_publish_and_a_keyword_rename(client, news_index):
    keyword = KeywordFactory(name="verkostot")
    item = NewsPageFactory(parent=news_index, title="Kortin otsikko", keywords=[keyword])
    assert "Kortin otsikko" in client.get("/uutiset/").content.decode()
    # A change that bypasses publishing (and so every purge) shows that the card is cached.
    type(item).objects.filter(pk=item.pk).update(title="Ohi julkaisun")
    assert "Kortin otsikko" in client.get("/uutiset/").content.decode()

    item.refresh_from_db()
    item.title = "Julkaistu otsikko"
    item.save_revision().publish()
    assert "Julkaistu otsikko" in client.get("/uutiset/").content.decode()

    keyword.name = "verkostotyö"
    keyword.save()
    assert "verkostotyö" in client.get("/uutiset/").content.decode()


def test_a_publish_rebuilds_the_lists_from_the_other_items_cached_cards(client, news_index):
    older = NewsPageFactory(parent=news_index, title="Vanha kortti")
    assert "Vanha kortti" in client.get("/uutiset/").content.decode()
    # A change that bypasses publishing (and so every purge) shows whether the card is rebuilt.
    type(older).objects.filter(pk=older.pk).update(title="Ohi julkaisun")

    NewsPageFactory(parent=news_index, title="Uusi kortti")
    html = client.get("/uutiset/").content.decode()
    assert "Uusi kortti" in html  # the list follows the publish
    assert "Vanha kortti" in html and "Ohi julkaisun" not in html  # from the cached card


def test_what_every_news_card_shows_forgets_the_cards_but_another_item_does_not(news_index):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from news.frontcache import NEWS_SHARED
    from sitewide.frontcache import change_keys, page_change_keys

    image = Image.objects.create(title="kuva", file=get_test_image_file("kortti.png"))
    assert NEWS_SHARED in change_keys(image)
    assert NEWS_SHARED in change_keys(KeywordFactory(name="kortit"))
    shared = site_key(NEWS_SHARED, news_index.get_site())
    assert shared in page_change_keys(news_index)  # the archive's address is in every link
    assert shared not in page_change_keys(NewsPageFactory(parent=news_index))


def test_a_contact_card_preview_is_never_served_from_the_cache(client, news_index):
    from django.template.loader import render_to_string

    card = ContactCardFactory(name="Esikatselu Henkilö")
    request = RequestFactory().get("/")
    live = render_to_string(
        "contacts/includes/contact_card.html", {"card": card, "request": request}
    )
    assert "Esikatselu Henkilö" in live
    card.name = "Tallentamaton Nimi"  # an unsaved edit, as a preview shows it
    request.is_preview = True
    preview = render_to_string(
        "contacts/includes/contact_card.html", {"card": card, "request": request}
    )
    assert "Tallentamaton Nimi" in preview
    del request.is_preview
    request._fragment_generations = {}
    cached = render_to_string(
        "contacts/includes/contact_card.html", {"card": card, "request": request}
    )
    assert "Esikatselu Henkilö" in cached  # the public page keeps the published card


def test_after_redis_lost_everything_a_page_asks_for_no_fragment_and_writes_them_at_once(
    client, news_index, monkeypatch
):
    article = NewsPageFactory(parent=news_index)
    client.get(article.url)
    cache.clear()  # a Redis restart or flush: every counter starts again
    calls = []
    for method in ("get", "set", "set_many"):
        real = getattr(cache, method)
        monkeypatch.setattr(
            cache,
            method,
            lambda *args, _real=real, _method=method, **kwargs: (
                calls.append((_method, args[0])) or _real(*args, **kwargs)
            ),
        )
    assert client.get(article.url).status_code == 200

    def fragment_calls(method, upto=None):
        return [
            key
            for called, key in calls[:upto]
            if called == method
            and key.startswith("fragments:")
            and not key.startswith("fragments:generation:")
        ]

    # (LocMemCache makes get_many and set_many of single gets and sets.)
    written_at = [index for index, (method, _key) in enumerate(calls) if method == "set_many"]
    assert len(written_at) == 1 and len(calls[written_at[0]][1]) >= 5
    assert fragment_calls("get") == []
    assert fragment_calls("set", upto=written_at[0]) == []

    calls.clear()
    assert client.get(article.url).status_code == 200
    assert not [call for call in calls if call[0] in ("set", "set_many")]
