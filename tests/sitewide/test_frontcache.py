"""Front cache headers, purge keys and the cookieless CSRF check, without Varnish.

tests/sitewide/test_varnish.py runs the same behaviour through a real varnishd.
"""

import datetime
import http.server
import logging
import socket
import threading

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from network.models import SignUp
from pages.models import AccessibilityStatementPage, FeedbackMessage
from sitewide.frontcache import page_change_keys, site_key, url_key
from tests.factories import KeywordFactory, NewsPageFactory, UserFactory
from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db

STATEMENT_URL = "/saavutettavuusseloste/"


def xkeys(response) -> set[str]:
    return set(response["xkey"].split())


def on(page, *keys: str) -> set[str]:
    """`keys` as named for the site of `page` (the default site's home: `home`)."""
    return {site_key(key, page.get_site()) for key in keys}


@pytest.fixture
def article(news_index):
    return NewsPageFactory(parent=news_index, title="Välimuistiuutinen", slug="valimuistiuutinen")


@pytest.fixture
def open_network(home):
    index = NetworkIndexPageFactory(parent=home, show_in_menus=True)
    return NetworkPageFactory(
        parent=index,
        title="Avoin verkosto",
        slug="avoin-verkosto",
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )


def signup_data(email: str = "testi@yhdistys.example") -> dict:
    return {
        "name": "Testi Henkilö",
        "organisation": "Tunturikylien yhteisö ry",
        "email": email,
        "region_or_type": "type:ngo",
        "message": "",
        "consent": "on",
        "website": "",
    }


# Response headers ------------------------------------------------------------------------------


def test_anonymous_article_is_shareable_until_purged_and_names_what_it_shows(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert f"s-maxage={settings.FRONTCACHE_TTL}" in cache_control
    assert "max-age=0" in cache_control
    keys = xkeys(response)
    named = on(article, f"page-{article.pk}", "news", "contacts", "menu", url_key(article.url))
    assert named <= keys
    assert on(article, url_key("/uutiset/")) <= keys  # its parent's subtree: index moves reach it
    assert not on(article, "misc") & keys
    assert not response.cookies


def test_logged_in_responses_are_private_and_carry_no_keys(client, article):
    client.force_login(UserFactory())
    response = client.get(article.url)
    assert response["Cache-Control"] == "private, no-cache"
    assert "xkey" not in response


def test_admin_is_never_marked_shareable(client, home):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/")
    assert "private" in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"]
    anonymous = Client().get("/admin/login/")
    assert "s-maxage" not in anonymous.get("Cache-Control", "")
    assert "xkey" not in anonymous


def test_not_found_pages_carry_the_catch_all_key_that_every_purge_purges(client, home):
    response = client.get("/ei-viela-olemassa/")
    assert response.status_code == 404
    assert on(home, "misc") <= xkeys(response)
    assert "s-maxage" in response["Cache-Control"]


def test_views_without_declared_keys_get_the_catch_all(client, home):
    assert xkeys(client.get("/robots.txt")) == on(home, "misc")


def test_never_cache_views_and_error_statuses_are_left_alone(client, home, settings):
    healthz = client.get("/healthz")
    assert "private" in healthz["Cache-Control"]
    assert "xkey" not in healthz
    settings.SEARCH_RATE_LIMIT = 1
    assert on(home, "news") <= xkeys(client.get("/haku/", {"q": "x"}))
    limited = client.get("/haku/", {"q": "y"})
    assert limited.status_code == 429
    assert "xkey" not in limited
    assert "s-maxage" not in limited.get("Cache-Control", "")


def test_feeds_sitemap_and_keyword_pages_carry_the_news_key(client, news_index):
    keyword = KeywordFactory(name="Välimuisti")
    NewsPageFactory(parent=news_index, keywords=[keyword])
    for url in ("/syotteet/uutiset.rss", "/syotteet/uutiset.atom", f"/asiasanat/{keyword.slug}/"):
        assert on(news_index, "news") <= xkeys(client.get(url)), url
    assert on(news_index, "sitemap") <= xkeys(client.get("/sitemap.xml"))


def test_the_html_sitemap_is_purged_by_a_change_of_a_page_it_lists(client, home):
    # Found by tests/ops/test_freshness.py: /sivukartta/ kept a renamed network's old title.
    index = NetworkIndexPageFactory(parent=home, show_in_menus=True)
    network = NetworkPageFactory(parent=index, title="Sivukartan verkosto")
    for url in ("/sivukartta/", "/sv/sivukartta/"):
        response = client.get(url)
        assert "Sivukartan verkosto" in response.content.decode(), url
        assert xkeys(response) & page_change_keys(network), url


def test_pages_that_list_upcoming_events_are_kept_only_briefly(client, home):
    response = client.get("/")
    assert f"s-maxage={settings.FRONTCACHE_TIME_SENSITIVE_TTL}" in response["Cache-Control"]


# Purge keys ------------------------------------------------------------------------------------


def test_a_news_change_purges_the_article_its_translations_listings_and_sitemap(article):
    keys = page_change_keys(article)
    assert on(article, f"page-{article.pk}", "news", "sitemap", url_key(article.url)) <= keys
    assert not on(article, "menu") & keys  # an article is not in the header menu


def test_a_menu_page_change_purges_the_menu(news_index):
    assert on(news_index, "menu") <= page_change_keys(news_index)


def test_a_slug_change_purges_the_old_address_too(article):
    old_path = article.url_path
    article.slug = "uusi-osoite"
    article.save_revision().publish()
    article.refresh_from_db()
    keys = page_change_keys(article, url_path_before=old_path)
    assert on(article, url_key("/uutiset/valimuistiuutinen/")) <= keys
    assert on(article, url_key("/uutiset/uusi-osoite/")) <= keys


class _PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 - http.server's naming
        self.received.append((self.command, self.headers.get("xkey-purge", "")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_receiver():
    _PurgeRecorder.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/", _PurgeRecorder.received
    server.shutdown()
    server.server_close()


def test_publishing_sends_one_purge_per_cache_after_commit(
    settings, purge_receiver, news_index, django_capture_on_commit_callbacks
):
    url, received = purge_receiver
    settings.FRONTCACHE_URLS = [url]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article = NewsPageFactory(parent=news_index)
        assert received == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(received) == 1
    method, header = received[0]
    assert method == "PURGE"
    assert on(article, f"page-{article.pk}", "news", "sitemap", "misc") <= set(header.split())


def test_a_cache_that_is_down_is_logged_and_the_publish_still_succeeds(
    settings, news_index, caplog, django_capture_on_commit_callbacks
):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.FRONTCACHE_URLS = [f"http://127.0.0.1:{closed_port}/"]
    with (
        caplog.at_level(logging.WARNING, logger="sitewide.frontcache"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        article = NewsPageFactory(parent=news_index)
    assert article.live
    assert "Front cache purge" in caplog.text


def test_a_contact_card_publish_purges_the_card_and_everything_showing_cards(
    settings, purge_receiver, django_capture_on_commit_callbacks, home
):
    from tests.factories import ContactCardFactory

    url, received = purge_receiver
    settings.FRONTCACHE_URLS = [url]
    with django_capture_on_commit_callbacks(execute=True):
        card = ContactCardFactory()
    keys = set().union(*(set(header.split()) for _method, header in received))
    assert on(home, f"contact-{card.pk}", "contacts", "misc") <= keys


# Cacheable form pages and the CSRF check -------------------------------------------------------


@pytest.mark.parametrize("form_page", ["network", "statement"])
def test_form_pages_set_no_cookie_and_stay_shareable_for_visitors(client, form_page, request):
    if form_page == "network":
        url = request.getfixturevalue("open_network").url
    else:
        request.getfixturevalue("home")
        url = STATEMENT_URL
    response = client.get(url)
    assert response.status_code == 200
    assert "<form" in response.content.decode()
    assert not response.cookies
    assert "s-maxage" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' not in response.content.decode()


def test_logged_in_users_get_the_token_on_form_pages(client, open_network):
    client.force_login(UserFactory())
    response = client.get(open_network.url)
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert settings.CSRF_COOKIE_NAME in response.cookies


def test_same_origin_signup_without_a_token_is_accepted(open_network):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        open_network.url,
        signup_data(),
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 302
    assert SignUp.objects.count() == 1


def test_fetch_metadata_alone_vouches_for_a_same_origin_post(home):
    AccessibilityStatementPage.objects.get()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        STATEMENT_URL,
        {"message": "Palaute", "website": ""},
        headers={"Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 302
    assert FeedbackMessage.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://hyokkaaja.example"},
        {"Origin": "https://hyokkaaja.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://testserver", "Sec-Fetch-Site": "same-site"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "null"},
        {},
    ],
    ids=[
        "foreign-origin",
        "foreign-origin-cross-site",
        "own-origin-but-cross-site",
        "same-site-subdomain",
        "cross-site-without-origin",
        "null-origin",
        "no-headers-no-token",
    ],
)
def test_cross_site_or_unvouched_posts_without_a_token_are_refused(open_network, headers):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(open_network.url, signup_data(), headers=headers)
    assert response.status_code == 403
    assert "Lomaketta ei voitu lähettää" in response.content.decode()
    assert SignUp.objects.count() == 0


def test_visitors_with_a_session_still_need_the_token(open_network):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory())
    response = strict.post(
        open_network.url,
        signup_data(),
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 403
    assert SignUp.objects.count() == 0


def test_the_admin_still_requires_the_token(home):
    UserFactory(username="toimittaja", is_superuser=True)
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/admin/login/",
        {"username": "toimittaja", "password": "salasana-testi-123"},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in strict.session


def test_deploy_check_warns_when_no_csrf_middleware_is_installed(settings):
    from sitewide.csrf import check_csrf_middleware

    assert check_csrf_middleware(None) == []
    settings.MIDDLEWARE = [
        path for path in settings.MIDDLEWARE if not path.endswith("CsrfViewMiddleware")
    ]
    assert [message.id for message in check_csrf_middleware(None)] == ["sitewide.W003"]
