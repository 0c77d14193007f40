"""The database cache of the embedded default: counters that several processes share."""

import threading

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings

from sitewide import ratelimit

# Committed writes, as other processes would see them. Serialized rollback, as every
# transactional test here: a plain flush would recreate the content types under new ids, which
# the next serialized test could not restore.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHARED = {
    "default": {
        "BACKEND": "sitewide.cache.SharedDatabaseCache",
        "LOCATION": "osallisuus_test_cache",
    }
}


@pytest.fixture
def shared_cache():
    with override_settings(CACHES=SHARED):
        call_command("createcachetable")
        cache = caches["default"]
        cache.clear()
        yield cache
        cache.clear()
        cache.close()


def expiry(cache, key):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expires FROM osallisuus_test_cache WHERE cache_key = %s",
            [cache.make_key(key)],
        )
        return cursor.fetchone()[0]


def test_incr_adds_to_the_stored_number_and_keeps_its_expiry(shared_cache):
    shared_cache.set("count", 1, timeout=3600)
    before = expiry(shared_cache, "count")
    assert shared_cache.incr("count") == 2
    assert shared_cache.incr("count", 5) == 7
    assert shared_cache.get("count") == 7
    assert expiry(shared_cache, "count") == before


def test_incr_of_a_missing_or_expired_key_raises_as_other_caches_do(shared_cache):
    with pytest.raises(ValueError):
        shared_cache.incr("never-set")
    shared_cache.set("expired", 1, timeout=-1)
    with pytest.raises(ValueError):
        shared_cache.incr("expired")


def test_a_rate_limit_counts_every_attempt_in_its_window(shared_cache):
    counts = [ratelimit.count_attempt("ratelimit:test:192.0.2.1", 600) for _ in range(3)]
    assert counts == [1, 2, 3]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="concurrent writers")
def test_concurrent_increments_are_never_lost(shared_cache):
    shared_cache.set("count", 0, timeout=3600)

    def add_some():
        try:
            for _ in range(25):
                shared_cache.incr("count")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=add_some) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert shared_cache.get("count") == 100
