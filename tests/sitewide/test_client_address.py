"""Who the client is behind Varnish/nginx: X-Forwarded-For counts only from our own proxies."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory

from sitewide.clientaddress import client_address, client_ip
from tests.factories import UserFactory

PROXY = "10.0.0.5"
OTHER_PROXY = "10.0.0.6"


def request_from(remote_addr: str, forwarded_for: str | None = None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_forged_header_is_ignored(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = []
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_header_from_a_visitor_who_is_not_a_trusted_proxy_is_ignored(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY]
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_behind_a_trusted_proxy_the_right_most_untrusted_address_is_the_client(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY, OTHER_PROXY]
    # The visitor wrote "1.2.3.4"; nginx appended the real address, Varnish appended nginx's.
    request = request_from(PROXY, f"1.2.3.4, 198.51.100.7, {OTHER_PROXY}")
    assert client_ip(request) == "198.51.100.7"


def test_trusted_proxies_may_be_networks(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = ["10.0.0.0/8", "::1"]
    assert client_ip(request_from("::1", "198.51.100.7, 10.1.2.3")) == "198.51.100.7"


def test_ipv4_mapped_addresses_match_ipv4_proxies(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request_from("::ffff:127.0.0.1", "198.51.100.7")) == "198.51.100.7"


@pytest.mark.parametrize("header", ["", "   ", "garbage", "198.51.100.7:1234", "<script>"])
def test_missing_or_malformed_header_falls_back_to_the_nearest_proxy(settings, header):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY]
    assert client_ip(request_from(PROXY, header)) == PROXY


def test_garbage_left_of_a_real_address_is_never_used(settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY]
    assert client_ip(request_from(PROXY, "not-an-ip, 198.51.100.7")) == "198.51.100.7"


def test_a_request_without_any_address_is_unknown_for_limits_and_none_for_axes(settings):
    request = RequestFactory().get("/")
    request.META.pop("REMOTE_ADDR", None)
    assert client_ip(request) is None
    assert client_address(request) == "unknown"


@pytest.mark.django_db
def test_search_limit_counts_each_client_behind_the_proxy_separately(client, home, settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY]
    settings.SEARCH_RATE_LIMIT = 2

    def search(forwarded_for: str) -> int:
        return client.get(
            "/haku/", {"q": "sote"}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for
        ).status_code

    assert [search("198.51.100.7") for _ in range(3)] == [200, 200, 429]
    # Another visitor behind the same proxy still gets answers.
    assert search("198.51.100.8") == 200
    # Forging a new left-most address does not reset the real client's count.
    assert search("203.0.113.99, 198.51.100.7") == 429


@pytest.mark.django_db
def test_without_trusted_proxy_a_forged_header_does_not_dodge_the_search_limit(
    client, home, settings
):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = []
    settings.SEARCH_RATE_LIMIT = 2
    codes = [
        client.get(
            "/haku/",
            {"q": "sote"},
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        ).status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]


@pytest.mark.django_db
def test_axes_locks_out_the_client_behind_the_proxy_not_the_proxy(client, home, settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = [PROXY]
    UserFactory(username="toimittaja")
    attacker = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    for _ in range(5):
        client.post("/admin/login/", {"username": "toimittaja", "password": "väärä"}, **attacker)
    (attempt,) = AccessAttempt.objects.all()
    assert attempt.ip_address == "198.51.100.66"

    correct = {"username": "toimittaja", "password": "salasana-testi-123"}
    assert client.post("/admin/login/", correct, **attacker).status_code == 429
    # The editor reaching the site through the same proxy is not locked out.
    editor = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.10"}
    assert client.post("/admin/login/", correct, **editor).status_code == 302


@pytest.mark.django_db
def test_axes_ignores_a_forged_header_without_trusted_proxies(client, home, settings):
    settings.FORWARDED_FOR_TRUSTED_PROXIES = []
    UserFactory(username="toimittaja")
    for n in range(5):
        client.post(
            "/admin/login/",
            {"username": "toimittaja", "password": "väärä"},
            REMOTE_ADDR="198.51.100.66",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.66"]
    response = client.post(
        "/admin/login/",
        {"username": "toimittaja", "password": "salasana-testi-123"},
        REMOTE_ADDR="198.51.100.66",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )
    assert response.status_code == 429


# IPv6: one client holds a /64 ------------------------------------------------------------


def test_ipv6_clients_count_per_64_and_ipv4_per_address():
    from sitewide.clientaddress import client_block

    assert client_block(request_from("2001:db8:1:2::1")) == "2001:db8:1:2::"
    assert client_block(request_from("2001:db8:1:2:ffff:ab:cd:ef")) == "2001:db8:1:2::"
    assert client_block(request_from("2001:db8:1:3::1")) == "2001:db8:1:3::"
    assert client_block(request_from("198.51.100.7")) == "198.51.100.7"
    assert client_block(request_from("::ffff:198.51.100.7")) == "198.51.100.7"


def test_a_new_ipv6_address_in_the_same_64_does_not_reset_a_rate_limit():
    from sitewide.ratelimit import hit_limit

    answers = [hit_limit("t64", request_from(f"2001:db8:5:6::{n:x}"), 2, 60) for n in range(3)]
    assert answers == [False, False, True]
    assert hit_limit("t64", request_from("2001:db8:5:7::1"), 2, 60) is False


@pytest.mark.django_db
def test_axes_locks_out_the_whole_ipv6_64(client, home):
    UserFactory(username="toimittaja")
    for n in range(5):
        client.post(
            "/admin/login/",
            {"username": "toimittaja", "password": "väärä"},
            REMOTE_ADDR=f"2001:db8:9:9::{n + 1:x}",
        )
    correct = {"username": "toimittaja", "password": "salasana-testi-123"}
    assert (
        client.post("/admin/login/", correct, REMOTE_ADDR="2001:db8:9:9::abcd").status_code == 429
    )
    assert client.post("/admin/login/", correct, REMOTE_ADDR="2001:db8:9:a::1").status_code == 302


# A ceiling per user name across addresses ---------------------------------------------------


@pytest.mark.django_db
def test_failures_per_user_name_from_many_addresses_meet_a_short_ceiling(client, home, settings):
    settings.LOGIN_USERNAME_FAILURE_LIMIT = 8
    settings.LOGIN_USERNAME_WINDOW_SECONDS = 600
    UserFactory(username="toimittaja")
    wrong = {"username": "toimittaja", "password": "väärä"}
    # Two guesses from each address stay under the per-address lockout (5).
    for n in range(4):
        for _ in range(2):
            assert (
                client.post("/admin/login/", wrong, REMOTE_ADDR=f"203.0.113.{n}").status_code == 200
            )
    correct = {"username": "toimittaja", "password": "salasana-testi-123"}
    blocked = client.post("/admin/login/", correct, REMOTE_ADDR="198.51.100.200")
    assert blocked.status_code == 429
    assert "enintään 10 minuutiksi" in blocked.content.decode()
    # Another user name is not affected.
    UserFactory(username="toinen")
    other = {"username": "toinen", "password": "salasana-testi-123"}
    assert client.post("/admin/login/", other, REMOTE_ADDR="198.51.100.200").status_code == 302


# A proxy nobody trusts ----------------------------------------------------------------------


def test_forwarded_requests_from_loopback_without_trusted_proxies_warn_once(settings, caplog):
    import logging

    from sitewide import clientaddress

    clientaddress._warn_untrusted_proxy_once.cache_clear()
    settings.FORWARDED_FOR_TRUSTED_PROXIES = []
    with caplog.at_level(logging.WARNING, logger="sitewide.clientaddress"):
        client_ip(request_from("198.51.100.7", "203.0.113.1"))
        assert "TRUSTED_PROXIES" not in caplog.text  # a direct client forging the header
        for _ in range(3):
            assert client_ip(request_from("127.0.0.1", "203.0.113.1")) == "127.0.0.1"
    assert caplog.text.count("TRUSTED_PROXIES is empty") == 1
