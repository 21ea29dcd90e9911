"""Redis as a cache that never takes the site down.

Django's Redis backend raises when Redis does not answer, and Wagtail reads the cache to find
the site of every request: a dead Redis would make every page a 500. Here a Redis error is
logged and the call answers as a cache miss; for RETRY_AFTER_SECONDS after a failure, calls
do not even try (no connect timeout paid per call), then Redis is tried again.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 10


class FaultTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = None

    def _call(self, method, fallback, *args):
        if self._down_until is not None and time.monotonic() < self._down_until:
            return fallback
        try:
            result = getattr(super(), method)(*args)
        except RedisError as error:
            if self._down_until is None:
                logger.warning("Redis does not answer; the cache is bypassed: %s", error)
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            return fallback
        if self._down_until is not None:
            logger.warning("Redis answers again; the cache is back.")
            self._down_until = None
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", [], data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
