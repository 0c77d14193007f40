"""The app's cache backends: Redis in production, the database where there is no Redis.

A Redis cache that treats an unreachable Redis as an empty cache instead of an error.

Wagtail reads the site root paths from the default cache on every page; with Django's plain
RedisCache a Redis outage would turn every page into a 500. Here a failed call answers like a
miss (reads find nothing, writes are dropped as if evicted at once), logs a warning, and Redis
is left alone for RETRY_SECONDS so that each request does not wait on a dead server again.
The rate limits use a strict alias of their own (see settings), so they know when they cannot
count.
"""

import base64
import logging
import pickle
from time import monotonic

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import connections, router, transaction
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django makes a new redis-py client (with its table of ~170 reply callbacks) for every
    call; one per connection pool does (redis-py clients are thread-safe over their pool)."""

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client

    def add_many(self, data: dict, timeout: int | None) -> dict[str, bool]:
        # One round trip: each SET NX is atomic on its own, so no transaction is needed.
        pipeline = self.get_client(write=True).pipeline(transaction=False)
        for key, value in data.items():
            pipeline.set(key, self._serializer.dumps(value), ex=timeout, nx=True)
        return {key: bool(stored) for key, stored in zip(data, pipeline.execute(), strict=True)}


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._down_until = 0.0

    def _call(self, operation: str, fallback, method, *args, **kwargs):
        if monotonic() < self._down_until:
            return fallback
        try:
            return method(*args, **kwargs)
        except RedisError as error:
            self._down_until = monotonic() + RETRY_SECONDS
            logger.warning(
                "Cache unavailable (%s on %s: %s); serving without it for %s s",
                type(error).__name__,
                operation,
                error,
                RETRY_SECONDS,
            )
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # "Stored and evicted at once": callers such as the cache session store carry on.
        return self._call("add", True, super().add, key, value, timeout, version)

    def add_many(self, data: dict, timeout=DEFAULT_TIMEOUT, version=None) -> dict[str, bool]:
        """`add` of each item in one round trip; which keys it stored, by the caller's names."""
        if not data:
            return {}
        names = {self.make_and_validate_key(key, version=version): key for key in data}
        timeout = self.get_backend_timeout(timeout)
        if timeout == 0:  # "stored and expired at once", as `add` treats it
            return dict.fromkeys(data, True)
        stored = self._call(
            "add_many",
            dict.fromkeys(names, True),
            self._cache.add_many,
            {name: data[key] for name, key in names.items()},
            timeout,
        )
        return {key: stored[name] for name, key in names.items()}

    def get(self, key, default=None, version=None):
        return self._call("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._call("incr", None, super().incr, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found")  # what a miss gives
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._call("clear", False, super().clear)


class SharedDatabaseCache(DatabaseCache):
    """Django's database cache, which every process of the embedded default shares, with an
    `incr` that is atomic across processes and keeps the entry's expiry (Django's reads and
    rewrites the value with the default timeout, which would stretch a rate limit's window)."""

    def incr(self, key, delta=1, version=None):
        stored = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, name = quote(self._table), quote("cache_key")
        with transaction.atomic(using=db), connection.cursor() as cursor:
            # SQLite's IMMEDIATE transactions (settings) already hold the write lock.
            if connection.features.has_select_for_update:
                cursor.execute(f"SELECT 1 FROM {table} WHERE {name} = %s FOR UPDATE", [stored])
            value = self.get(key, self._missing_key, version=version)
            if value is self._missing_key:
                raise ValueError(f"Key '{key}' not found")
            value += delta
            pickled = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode()
            cursor.execute(
                f"UPDATE {table} SET {quote('value')} = %s WHERE {name} = %s", [pickled, stored]
            )
        return value
