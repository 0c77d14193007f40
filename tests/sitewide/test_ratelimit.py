import logging

from django.test import RequestFactory, override_settings

from sitewide.ratelimit import hit_limit

DEAD_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def request_from(address: str):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_each_address_gets_its_own_allowance():
    assert [hit_limit("t", request_from("10.0.0.1"), 2, 60) for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert hit_limit("t", request_from("10.0.0.2"), 2, 60) is False


def test_cache_outage_lets_requests_through_and_logs_it(caplog):
    with override_settings(CACHES=DEAD_REDIS), caplog.at_level(logging.WARNING):
        assert hit_limit("t", request_from("10.0.0.3"), 1, 60) is False
    assert "Rate limit cache unavailable" in caplog.text
