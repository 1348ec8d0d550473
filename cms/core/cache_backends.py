"""A Redis cache that fails soft: when Redis is unreachable the site keeps serving, uncached.

Django's `RedisCache` raises `redis.ConnectionError` from every call when Redis is down, and a
cache read sits in the path of every page, so one stopped Redis turned the whole site into 500s.
`FailSoftRedisCache` catches the connection-level errors (never programming errors) and answers
as an empty cache would:

- `get`/`get_many`/`has_key` → a miss (the default), so callers compute the value themselves;
- `set`/`set_many`/`delete`/`delete_many`/`touch`/`clear` → nothing stored (False for `add`/`touch`);
- `incr`/`decr` → `ValueError`, exactly as for a missing key, which every caller already handles
  (the content version falls back to `set`, the rate limit counts one and lets the form through).

After a failure the backend stops trying Redis for `RETRY_INTERVAL` seconds (a small circuit
breaker), so a black-holed Redis costs one short socket timeout, not one per cache call. It logs a
warning on the `engage.cache` logger at most once per `WARNING_INTERVAL` seconds, and `is_degraded()`
tells readiness (`/ready/`) that the shared cache is unavailable.

OPTIONS (besides Django's own): `RETRY_INTERVAL` (default 5), `WARNING_INTERVAL` (default 60).
Short socket timeouts (`socket_connect_timeout`, `socket_timeout`: 0.25 s) are the defaults.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("engage.cache")

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_interval = float(options.pop("RETRY_INTERVAL", 5))
        self.warning_interval = float(options.pop("WARNING_INTERVAL", 60))
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.25)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._last_warning = float("-inf")
        self._last_error = ""

    # --- state -------------------------------------------------------------------------------

    def is_degraded(self) -> bool:
        """True while the backend is answering misses because Redis failed recently."""
        return time.monotonic() < self._down_until

    def ping(self) -> bool:
        """Ask Redis directly (for readiness); records the outcome like any other call."""
        try:
            self._cache.get_client(write=True).ping()
        except UNAVAILABLE as error:
            self._failed(error)
            return False
        self._down_until = 0.0
        return True

    def _failed(self, error: BaseException) -> None:
        now = time.monotonic()
        with self._lock:
            self._down_until = now + self.retry_interval
            self._last_error = f"{type(error).__name__}: {error}"
            warn = now - self._last_warning >= self.warning_interval
            if warn:
                self._last_warning = now
        if warn:
            logger.warning("Shared cache unavailable (%s); serving uncached until it is back.", self._last_error)

    def _call(self, fallback, method, *args, **kwargs):
        if self.is_degraded():
            return fallback()
        try:
            return method(*args, **kwargs)
        except UNAVAILABLE as error:
            self._failed(error)
            return fallback()

    # --- the cache API -----------------------------------------------------------------------

    def get(self, key, default=None, version=None):
        return self._call(lambda: default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._call(dict, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(lambda: False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(lambda: False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(lambda: None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(lambda: list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(lambda: False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(lambda: False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._call(lambda: None, super().delete_many, keys, version)

    def clear(self):
        return self._call(lambda: None, super().clear)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (shared cache unavailable).")

        return self._call(missing, super().incr, key, delta, version)

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version)
