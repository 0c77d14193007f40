"""The front cache for real: varnishd with deploy/varnish/default.vcl in front of the live server.

"Fresh" means: through Varnish, the same status and body as Django answers directly at that
moment, within a second of the editor's change (polled, not slept). Every page a test checks
for freshness was first checked to be a cache HIT, so a pass cannot come from an empty cache.

Without varnishd (or vmod xkey) the tests are skipped; with CI set they fail instead.
"""

import datetime
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from contacts.models import ContactCard
from network.models import SignUp
from news.models import NewsPageContact
from ops.stack import StackError, Varnish, compile_vcl, make_workdir, wait_for_http
from sitewide.frontcache import page_key, site_key
from tests.factories import (
    ContactCardFactory,
    KeywordFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    UserFactory,
)
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VARNISHADM = shutil.which("varnishadm") or "/usr/bin/varnishadm"
VARNISHSTAT = shutil.which("varnishstat") or "/usr/bin/varnishstat"
FRESH_WITHIN = 1.0  # seconds, from the end of the editor's action
FIX = "install it with `make setup-varnish` or `sudo apt-get install varnish varnish-modules`"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _require(ok: bool, what: str) -> None:
    if ok:
        return
    if in_ci():
        pytest.fail(f"{what}, and CI is set: the Varnish tests must run there ({FIX})", False)
    pytest.skip(f"{what}: Varnish tests skipped ({FIX})")


@dataclass
class FrontCache:
    url: str
    instance_dir: Path
    host: str  # the Host header visitors send, also used for direct requests to Django
    backend_url: str
    purge_url: str  # the "purge" listener, which only the app servers reach

    def get(self, path: str, **kwargs) -> requests.Response:
        return requests.get(self.url + path, allow_redirects=False, timeout=10, **kwargs)

    def direct(self, path: str) -> requests.Response:
        return requests.get(
            self.backend_url + path, headers={"Host": self.host}, allow_redirects=False, timeout=10
        )

    def ban_everything(self) -> None:
        subprocess.run(
            [VARNISHADM, "-n", str(self.instance_dir), "ban", "req.url ~ ."],
            check=True,
            capture_output=True,
            timeout=10,
        )


@pytest.fixture(scope="module")
def varnish(live_server, django_db_blocker):
    """varnishd in front of the live server for this module.

    The live server's request handling touches its database connection (Django closes old
    connections per request), and Varnish's health probe calls it between tests too, so the
    database stays unblocked while this runs; the tests themselves are transactional.
    """
    with django_db_blocker.unblock():
        yield from _run_varnish(live_server)


def _run_varnish(live_server):
    _require(shutil.which("varnishd") is not None, "varnishd is not installed")
    backend = urlsplit(live_server.url)
    workdir = make_workdir("osallisuus-varnish-test-")
    try:
        # The same varnishd, VCL and backends file as the drills and the bench (ops.stack).
        service = Varnish(workdir, [backend.port], memory="64m")
        compiled = compile_vcl(service.vcl_path)
        if compiled.returncode != 0:
            _require("VMOD" not in compiled.stderr, "vmod xkey (varnish-modules) is not installed")
            pytest.fail(f"deploy/varnish/default.vcl does not compile: {compiled.stderr[-2000:]}")
        with service:
            try:
                wait_for_http(service.url + "/healthz", timeout=20)
            except StackError as error:
                log = service.log_path.read_text(errors="replace")[-1000:]
                pytest.fail(f"varnishd did not start ({error}; {live_server.url} behind it): {log}")
            yield FrontCache(
                service.url,
                service.instance_dir,
                f"127.0.0.1:{service.port}",
                f"http://127.0.0.1:{backend.port}",
                service.purge_url,
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def cache(varnish, settings):
    """An empty cache that the app purges, for a site served at Varnish's address."""
    from home.site_setup import ensure_home_page

    varnish.ban_everything()
    settings.FRONTCACHE_URLS = [varnish.purge_url + "/"]
    host, port = varnish.host.split(":")
    varnish.home = ensure_home_page(hostname=host, port=int(port))
    return varnish


def warm(cache: FrontCache, *paths: str) -> None:
    """Each path is cached: the first request may miss, the second must hit."""
    for path in paths:
        cache.get(path)
        second = cache.get(path)
        assert second.headers["X-Cache"] == "HIT", f"{path} was not cached: {second.headers}"


def assert_fresh(cache: FrontCache, *paths: str) -> dict[str, requests.Response]:
    """Through the cache, each path answers what Django answers now, within FRESH_WITHIN."""
    started = time.monotonic()
    answers = {}
    for path in paths:
        while True:
            through, direct = cache.get(path), cache.direct(path)
            if (through.status_code, through.content) == (direct.status_code, direct.content):
                answers[path] = through
                break
            if time.monotonic() - started > FRESH_WITHIN:
                pytest.fail(
                    f"{path} still stale {FRESH_WITHIN} s after the change "
                    f"(cache {through.status_code} {through.headers.get('X-Cache')}, "
                    f"Django {direct.status_code})"
                )
            time.sleep(0.05)
    return answers


def text_of(cache: FrontCache, path: str) -> str:
    return cache.get(path).content.decode()


# Caching and bypass -------------------------------------------------------------------------


def test_second_anonymous_request_is_a_hit_whatever_cookies_or_languages(cache):
    index = NewsIndexPageFactory(parent=cache.home, show_in_menus=True)
    article = NewsPageFactory(parent=index, title="Osuma välimuistista")
    first = cache.get(article.url)
    assert first.status_code == 200
    assert first.headers["X-Cache"] == "MISS"
    assert "xkey" not in first.headers  # the keys are for the cache only
    assert cache.get(article.url).headers["X-Cache"] == "HIT"
    # An old csrftoken or an analytics cookie and another browser language still hit.
    again = cache.get(
        article.url,
        headers={"Cookie": "csrftoken=abc; _pk_id=1", "Accept-Language": "sv-SE,sv;q=0.9"},
    )
    assert again.headers["X-Cache"] == "HIT"
    assert "Osuma välimuistista" in again.text


def test_http_and_https_answers_are_cached_apart(cache):
    # Else SECURE_SSL_REDIRECT's cached 301 for http would be served to https: a redirect loop.
    https, http = {"X-Forwarded-Proto": "https"}, {"X-Forwarded-Proto": "http"}
    assert cache.get("/", headers=https).headers["X-Cache"] == "MISS"
    assert cache.get("/", headers=http).headers["X-Cache"] == "MISS"
    assert cache.get("/", headers=https).headers["X-Cache"] == "HIT"


def test_logged_in_users_bypass_the_cache_and_their_pages_are_not_shared(cache):
    editor_client = Client()
    editor_client.force_login(UserFactory(is_superuser=True))
    session = {"Cookie": f"sessionid={editor_client.cookies['sessionid'].value}"}
    warm(cache, "/")
    for _ in range(2):
        response = cache.get("/", headers=session)
        assert response.headers["X-Cache"] == "MISS"
        assert response.headers["Cache-Control"] == "private, no-cache"
    assert cache.get("/").headers["X-Cache"] == "HIT"


def test_admin_and_previews_bypass_the_cache(cache):
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    editor_client = Client()
    editor_client.force_login(UserFactory(is_superuser=True))
    session = {"Cookie": f"sessionid={editor_client.cookies['sessionid'].value}"}
    for path, headers in [
        ("/admin/login/", {}),
        (f"/admin/pages/{article.pk}/edit/preview/", session),
        (f"/admin/pages/{article.pk}/view_draft/", session),
    ]:
        statuses = []
        for _ in range(2):
            response = cache.get(path, headers=headers)
            assert response.headers["X-Cache"] == "MISS", path
            statuses.append(response.status_code)
        assert statuses[0] < 500, path


def test_form_page_is_cached_and_same_origin_posts_pass_through_to_django(cache):
    index = NetworkIndexPageFactory(parent=cache.home)
    network = NetworkPageFactory(
        parent=index,
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )
    first = cache.get(network.url)
    assert "Set-Cookie" not in first.headers
    assert "signup-form" in first.text
    assert cache.get(network.url).headers["X-Cache"] == "HIT"
    data = {
        "name": "Testi Henkilö",
        "organisation": "Tunturikylien yhteisö ry",
        "email": "testi@yhdistys.example",
        "region_or_type": "type:ngo",
        "message": "",
        "consent": "on",
        "website": "",
    }
    origin = f"http://{cache.host}"
    refused = requests.post(
        cache.url + network.url,
        data=data,
        headers={"Origin": "https://hyokkaaja.example", "Sec-Fetch-Site": "cross-site"},
        allow_redirects=False,
        timeout=10,
    )
    assert refused.status_code == 403
    assert SignUp.objects.count() == 0
    accepted = requests.post(
        cache.url + network.url,
        data=data,
        headers={"Origin": origin, "Sec-Fetch-Site": "same-origin"},
        allow_redirects=False,
        timeout=10,
    )
    assert accepted.status_code == 302
    assert accepted.headers["X-Cache"] == "MISS"
    assert SignUp.objects.count() == 1


# Purges -------------------------------------------------------------------------------------


@pytest.fixture
def news_site(cache):
    """Eleven news items (two archive pages), two keywords, feeds and a contact card."""
    index = NewsIndexPageFactory(parent=cache.home, show_in_menus=True)
    old_keyword = KeywordFactory(name="Vanha asiasana")
    new_keyword = KeywordFactory(name="Uusi asiasana")
    items = [
        NewsPageFactory(parent=index, title=f"Uutinen numero {n}", keywords=[old_keyword])
        for n in range(11)
    ]
    return index, items, old_keyword, new_keyword


def listing_paths(old_keyword, new_keyword) -> list[str]:
    return [
        "/",
        "/uutiset/",
        "/uutiset/?page=2",
        f"/asiasanat/{old_keyword.slug}/",
        "/asiasanat/",
        "/syotteet/uutiset.rss",
        "/syotteet/uutiset.atom",
        f"/syotteet/asiasanat/{old_keyword.slug}.rss",
        f"/syotteet/asiasanat/{new_keyword.slug}.rss",
        "/sitemap.xml",
        "/haku/?q=uutinen",
    ]


def test_publishing_news_refreshes_home_archive_pages_keywords_feeds_and_sitemap(cache, news_site):
    index, items, old_keyword, new_keyword = news_site
    paths = listing_paths(old_keyword, new_keyword)
    warm(cache, *paths)
    NewsPageFactory(
        parent=index,
        title="Tuore uutinen",
        slug="tuore-uutinen",
        date=timezone.localdate(),
        keywords=[new_keyword],
    )
    fresh = assert_fresh(
        cache, *paths, "/uutiset/tuore-uutinen/", f"/asiasanat/{new_keyword.slug}/"
    )
    for path in ("/", "/uutiset/", "/syotteet/uutiset.rss", f"/asiasanat/{new_keyword.slug}/"):
        assert "Tuore uutinen" in fresh[path].text, path
    assert "tuore-uutinen" in fresh["/sitemap.xml"].text
    # The item pushed off the first archive page now leads the second.
    assert items[1].title in fresh["/uutiset/?page=2"].text


def test_changing_an_items_keywords_refreshes_the_old_and_new_keyword_pages(cache, news_site):
    index, items, old_keyword, new_keyword = news_site
    article = NewsPageFactory(parent=index, title="Siirtyvä uutinen", keywords=[old_keyword])
    paths = [article.url, *listing_paths(old_keyword, new_keyword)]
    warm(cache, *paths)
    article.keywords.set([new_keyword])
    article.save_revision().publish()
    fresh = assert_fresh(cache, *paths, f"/asiasanat/{new_keyword.slug}/")
    assert "Siirtyvä uutinen" not in fresh[f"/asiasanat/{old_keyword.slug}/"].text
    assert "Siirtyvä uutinen" in fresh[f"/asiasanat/{new_keyword.slug}/"].text


def test_renaming_an_article_leaves_nothing_stale_at_its_old_address(cache, news_site):
    index, items, old_keyword, new_keyword = news_site
    article = items[-1]
    old_url = article.url
    warm(cache, old_url, "/", "/uutiset/")
    article.title = "Uusi otsikko"
    article.slug = "uusi-osoite"
    article.save_revision().publish()
    fresh = assert_fresh(cache, old_url, "/uutiset/uusi-osoite/", "/", "/uutiset/")
    assert fresh[old_url].status_code in (301, 302, 404)
    assert "Uusi otsikko" in fresh["/"].text


def test_moving_the_archive_refreshes_every_article_under_its_old_address(cache, news_site):
    index, items, *_ = news_site
    old_urls = [item.url for item in items[:3]]
    warm(cache, *old_urls, "/uutiset/")
    index.slug = "tiedotteet"
    index.save_revision().publish()
    fresh = assert_fresh(cache, *old_urls, "/uutiset/", "/", "/tiedotteet/")
    assert all(fresh[url].status_code != 200 for url in old_urls)


def test_unpublished_and_deleted_news_answer_404_through_the_cache(cache, news_site):
    index, items, old_keyword, new_keyword = news_site
    unpublished, deleted = items[-1], items[-2]
    paths = [unpublished.url, deleted.url, *listing_paths(old_keyword, new_keyword)]
    warm(cache, *paths)
    unpublished.unpublish()
    fresh = assert_fresh(cache, *paths)
    assert fresh[unpublished.url].status_code == 404
    assert unpublished.title not in fresh["/"].text
    warm(cache, *paths)
    deleted.delete()
    fresh = assert_fresh(cache, *paths)
    assert fresh[deleted.url].status_code == 404
    assert deleted.title not in fresh["/uutiset/"].text


def test_publishing_a_contact_card_change_refreshes_articles_directory_and_card_page(cache):
    from contacts.demo import ensure_directory_page

    directory = ensure_directory_page(cache.home)
    card = ContactCardFactory(name="Alkuperäinen Nimi")
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index, title="Uutinen yhteystiedoin")
    article.contact_links.add(NewsPageContact(card=card))
    article.save_revision().publish()
    paths = [article.url, directory.url, card.get_absolute_url()]
    warm(cache, *paths)
    # An editor's draft changes nothing public; the publish does.
    card = ContactCard.objects.get(pk=card.pk)
    card.name = "Vaihtunut Nimi"
    card.save_revision().publish()
    fresh = assert_fresh(cache, *paths)
    for path in paths:
        assert "Vaihtunut Nimi" in fresh[path].text, path


def test_network_and_event_changes_refresh_their_pages_and_listings(cache):
    network_index = NetworkIndexPageFactory(parent=cache.home, show_in_menus=True)
    event_index = EventIndexPageFactory(parent=cache.home, show_in_menus=True)
    network = NetworkPageFactory(parent=network_index, title="Vanha verkostonimi")
    event = EventPageFactory(parent=event_index, title="Vanha tapahtumanimi", network=network)
    news_index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=news_index, network=network)
    paths = ["/", network_index.url, event_index.url, network.url, event.url, article.url]
    warm(cache, *paths)

    network.title = "Uusi verkostonimi"
    network.save_revision().publish()
    fresh = assert_fresh(cache, *paths)
    for path in (network_index.url, network.url, event.url):
        assert "Uusi verkostonimi" in fresh[path].text, path

    warm(cache, *paths)
    event.title = "Uusi tapahtumanimi"
    event.save_revision().publish()
    fresh = assert_fresh(cache, *paths)
    for path in ("/", event_index.url, network.url, event.url):
        assert "Uusi tapahtumanimi" in fresh[path].text, path


def test_swedish_addresses_are_refreshed_too(cache, news_site):
    index, items, *_ = news_site
    swedish = Locale.objects.get(language_code="sv")
    home_sv = cache.home.copy_for_translation(swedish)
    home_sv.save_revision().publish()
    index_sv = index.copy_for_translation(swedish)
    index_sv.save_revision().publish()
    article = items[-1]
    sv_url = f"/sv/uutiset/{article.slug}/"
    paths = [sv_url, "/sv/", "/sv/uutiset/", article.url]
    warm(cache, *paths)
    # The Finnish original, shown under /sv/ until translated, changes.
    article.title = "Muutettu suomeksi"
    article.save_revision().publish()
    fresh = assert_fresh(cache, *paths)
    assert "Muutettu suomeksi" in fresh[sv_url].text

    warm(cache, *paths)
    translation = article.copy_for_translation(swedish)
    translation.title = "Ändrad på svenska"
    translation.save_revision().publish()
    fresh = assert_fresh(cache, *paths)
    assert "Ändrad på svenska" in fresh[sv_url].text
    assert "Ändrad på svenska" in fresh["/sv/"].text


def client_requests(cache: FrontCache, at_least: int = 0) -> int:
    """Requests Varnish has received (MAIN.client_req), once it counts `at_least` of them:
    its worker threads add their counts to the total shortly after each request."""
    deadline = time.monotonic() + 5
    while True:
        result = subprocess.run(
            [VARNISHSTAT, "-1", "-n", str(cache.instance_dir), "-f", "MAIN.client_req"],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        )
        count = int(result.stdout.split()[1])
        if count >= at_least or time.monotonic() > deadline:
            return count
        time.sleep(0.05)


def test_purge_on_the_public_listener_is_refused_even_from_loopback(cache):
    # The TLS proxy connects from 127.0.0.1, so an address check alone let anyone purge.
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    warm(cache, article.url)
    for method in ("PURGE", "BAN"):
        refused = requests.request(
            method,
            cache.url + "/",
            headers={"xkey-purge": f"page-{article.pk} news menu misc"},
            timeout=10,
        )
        assert refused.status_code == 403, method
    assert cache.get(article.url).headers["X-Cache"] == "HIT"


def test_purge_listener_purges_and_serves_nothing_else(cache):
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    warm(cache, article.url)
    assert requests.get(cache.purge_url + article.url, timeout=10).status_code == 405
    key = site_key(page_key(article.pk), article.get_site())
    purged = requests.request(
        "PURGE", cache.purge_url + "/", headers={"xkey-purge": key}, timeout=10
    )
    assert purged.status_code == 200 and purged.text.startswith("Purged ")
    assert cache.get(article.url).headers["X-Cache"] == "MISS"


def test_a_purge_and_a_publish_each_send_one_request_that_empties_the_page(cache):
    # How long purges take is measured in the benchmark, not here.
    from sitewide.frontcache import send_purge

    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    warm(cache, article.url)
    assert send_purge([site_key(page_key(article.pk), article.get_site())]) == 1
    assert cache.get(article.url).headers["X-Cache"] == "MISS"

    warm(cache, article.url)
    before = client_requests(cache)
    article.save_revision().publish()
    assert client_requests(cache, at_least=before + 1) == before + 1  # the PURGE, nothing more
    assert cache.get(article.url).headers["X-Cache"] == "MISS"


# Private pages after an editor's visit ------------------------------------------------------

HIDDEN = "piilo"  # in every private title and lead, in nothing public (slugs included)


@pytest.fixture
def redis_fragments(settings):
    """The fragment cache on the real Redis, as in production, under a prefix of this test's;
    the fixture's value counts the keys stored under it."""
    import redis

    from osallisuus.settings.base import redis_caches

    url = "redis://127.0.0.1:6379/0"
    try:
        connection = redis.Redis.from_url(url, socket_connect_timeout=1)
        connection.ping()
    except redis.RedisError:
        _require(False, "Redis is not running at 127.0.0.1:6379")
    prefix = f"osallisuus-test-front-{os.getpid()}"
    caches = redis_caches(url)
    for alias in caches.values():
        alias["KEY_PREFIX"] = prefix
    settings.CACHES = caches
    # How many keys the site stored there (fragments, their counters, rate limits).
    yield lambda: sum(1 for _ in connection.scan_iter(match=f"{prefix}:*"))
    for key in connection.scan_iter(match=f"{prefix}:*"):
        connection.delete(key)


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token in the form"
    return match.group(1)


def test_an_editors_visit_leaves_no_private_content_for_anonymous_visitors(cache, redis_fragments):
    index = NewsIndexPageFactory(parent=cache.home, show_in_menus=True)
    shared = KeywordFactory(name="Yhteinen asiasana")
    private_only = KeywordFactory(name="Sisäinen asiasana")
    public = NewsPageFactory(
        parent=index, title="Julkinen suunnitelmasta", slug="julkinen", keywords=[shared]
    )
    private = {}
    for kind in (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS):
        private[kind] = NewsPageFactory(
            parent=index,
            title=f"Piilouutinen {kind} suunnitelmasta",
            slug=f"sisainen-{kind}",
            lead="Piilokappale, jota vain kirjautuneet näkevät.",
            date=public.date,
            keywords=[shared, private_only],
        )
        restriction = PageViewRestriction.objects.create(page=private[kind], restriction_type=kind)
        if kind == PageViewRestriction.GROUPS:
            restriction.groups.set([Group.objects.get_or_create(name="Sisäinen ryhmä")[0]])
    listings = [
        "/",
        "/uutiset/",
        public.url,
        f"/asiasanat/{shared.slug}/",
        f"/asiasanat/{private_only.slug}/",
        "/asiasanat/",
        "/haku/?q=suunnitelmasta",
        f"/haku/?tag={shared.slug}",
        "/syotteet/uutiset.rss",
        f"/syotteet/asiasanat/{shared.slug}.rss",
        "/sitemap.xml",
    ]
    private_urls = [page.url for page in private.values()]

    # An editor logs in through the front cache and views everything.
    UserFactory(username="toimittaja-piilo", is_superuser=True)
    editor = requests.Session()
    origin = {"Origin": f"http://{cache.host}", "Referer": f"http://{cache.host}/admin/login/"}
    form = editor.get(cache.url + "/admin/login/", timeout=10)
    logged_in = editor.post(
        cache.url + "/admin/login/",
        data={
            "username": "toimittaja-piilo",
            "password": "salasana-testi-123",
            "csrfmiddlewaretoken": csrf_token(form.text),
            "next": "/admin/",
        },
        headers=origin,
        allow_redirects=False,
        timeout=10,
    )
    assert logged_in.status_code == 302, logged_in.text[:500]
    session_key = editor.cookies["sessionid"]
    for url in private_urls:
        seen = editor.get(cache.url + url, allow_redirects=False, timeout=10)
        assert seen.status_code == 200, url
        assert seen.headers["X-Cache"] == "MISS"
        assert "Piilokappale" in seen.text  # the editor does see the private page
    for path in listings:
        # A keyword only private pages carry has no page, for editors either.
        assert editor.get(cache.url + path, timeout=10).status_code in (200, 404), path
    assert redis_fragments() > 0  # the editor's pages filled the real fragment cache
    logged_out = editor.post(
        cache.url + "/admin/logout/",
        data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
        headers=origin,
        allow_redirects=False,
        timeout=10,
    )
    assert logged_out.status_code == 302
    # The old session no longer opens the admin.
    stale = {"Cookie": f"sessionid={session_key}"}
    assert cache.get("/admin/", headers=stale).status_code == 302

    # Anonymous visitors, and a browser that kept the old cookie, twice each (miss, then hit).
    for headers in ({}, stale, {}):
        for path in listings:
            answer = cache.get(path, headers=headers)
            assert answer.status_code in (200, 404), path
            assert HIDDEN not in answer.text.lower(), (path, headers)
        for url in private_urls:
            answer = cache.get(url, headers=headers)
            assert answer.status_code == 302, url  # to the login page
            assert HIDDEN not in answer.text.lower(), url
    assert cache.get("/uutiset/").headers["X-Cache"] == "HIT"


# Two sites of one install -------------------------------------------------------------------

OTHER_HOST = "toinen.localhost"  # *.localhost resolves to loopback; here only a Host header
SITE_PATHS = ["/", "/uutiset/", "/uutiset/uutinen/", "/syotteet/uutiset.rss", "/sitemap.xml"]


@dataclass
class CachedSite:
    host: str  # the Host header of its visitors
    index: object  # its news archive

    def get(self, cache: FrontCache, path: str) -> requests.Response:
        return cache.get(path, headers={"Host": self.host})

    def direct(self, cache: FrontCache, path: str) -> requests.Response:
        return requests.get(
            cache.backend_url + path, headers={"Host": self.host}, allow_redirects=False, timeout=10
        )


@pytest.fixture
def two_sites(cache, settings) -> tuple[CachedSite, CachedSite]:
    """The cache's site and a second one on another host at Varnish's port, each with a news
    archive and an article at the same path."""
    from wagtail.models import Page, Site

    from home.models import HomePage

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, OTHER_HOST]
    port = int(cache.host.split(":")[1])
    other_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Toinen alue", slug="toinen-alue", locale=Locale.get_default())
    )
    other_home.save_revision().publish()
    Site.objects.create(hostname=OTHER_HOST, port=port, root_page=other_home, site_name="Toinen")
    sites = []
    for root, host, name in (
        (cache.home, cache.host, "A"),
        (other_home, f"{OTHER_HOST}:{port}", "B"),
    ):
        index = NewsIndexPageFactory(parent=root, show_in_menus=True)
        NewsPageFactory(parent=index, title=f"Sivuston {name} uutinen", slug="uutinen")
        sites.append(CachedSite(host, index))
    return sites[0], sites[1]


def warm_site(cache: FrontCache, site: CachedSite) -> None:
    for path in SITE_PATHS:
        site.get(cache, path)
        second = site.get(cache, path)
        assert second.headers["X-Cache"] == "HIT", f"{site.host}{path}: {second.headers}"


def assert_site_fresh(cache: FrontCache, site: CachedSite) -> None:
    started = time.monotonic()
    for path in SITE_PATHS:
        while True:
            through, direct = site.get(cache, path), site.direct(cache, path)
            if (through.status_code, through.content) == (direct.status_code, direct.content):
                break
            if time.monotonic() - started > FRESH_WITHIN:
                pytest.fail(f"{site.host}{path} still stale {FRESH_WITHIN} s after the change")
            time.sleep(0.05)


def hits(cache: FrontCache, site: CachedSite) -> int:
    return sum(site.get(cache, path).headers["X-Cache"] == "HIT" for path in SITE_PATHS)


def test_the_same_path_on_two_hosts_is_two_objects(cache, two_sites):
    first, second = two_sites
    warm_site(cache, first)
    answer = second.get(cache, "/uutiset/uutinen/")
    assert answer.headers["X-Cache"] == "MISS"  # not the first site's object
    assert "Sivuston B uutinen" in answer.text and "Sivuston A uutinen" not in answer.text
    assert "Sivuston A uutinen" in first.get(cache, "/uutiset/uutinen/").text
    # Host names are case-insensitive: another spelling is the same object.
    shouting = cache.get("/uutiset/uutinen/", headers={"Host": second.host.upper()})
    assert shouting.headers["X-Cache"] == "HIT" and "Sivuston B uutinen" in shouting.text


@pytest.mark.parametrize("direction", ["first", "second"])
def test_a_publish_on_one_site_leaves_every_cached_page_of_the_other_a_hit(
    cache, two_sites, direction
):
    changed, untouched = two_sites if direction == "first" else reversed(two_sites)
    warm_site(cache, changed)
    warm_site(cache, untouched)
    NewsPageFactory(parent=changed.index, title="Tuore uutinen", slug="tuore")
    assert_site_fresh(cache, changed)
    assert "Tuore uutinen" in changed.get(cache, "/uutiset/").text
    # Every page of the other site is still served from the cache, and shows nothing new.
    assert hits(cache, untouched) == len(SITE_PATHS)
    assert "Tuore uutinen" not in untouched.get(cache, "/uutiset/").text
