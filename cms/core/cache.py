"""A site-wide content version for cached fragments, read once per request.

Anything derived from editorial content (navigation, breadcrumbs, contact settings, the
sections of a borough page, whole anonymous pages) is cached under a key that includes
`content_version()`. The version is bumped only when what readers see changes (see
cms/core/signals.py for the exact list): publishing, unpublishing, moving or deleting a page,
saving or deleting a snippet, setting, image, document, locale or site. Drafts, revisions,
log entries, workflow states, renditions and residents' submissions never bump it.

Round trips: inside a request (`request_scope()`, opened by `cms.core.pagecache.PageCacheMiddleware`)
the version is read once and memoised, and so is every fragment read. The keys a URL used last
time are remembered (`remember_keys`), so the next request for that URL fetches all its fragments
with one `get_many` (`prefetch`) instead of one round trip each.
"""

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache

VERSION_KEY = "engage:content-version"
_TIMEOUT = 60 * 60 * 6
_MISSING = object()


@dataclass
class _Memo:
    version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    used: list[str] = field(default_factory=list)


_memo: ContextVar[_Memo | None] = ContextVar("engage_cache_memo", default=None)


@contextmanager
def request_scope():
    """Memoise the content version and fragment reads until the block ends (one request)."""
    token = _memo.set(_Memo())
    try:
        yield _memo.get()
    finally:
        _memo.reset(token)


def _read_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def content_version() -> int:
    memo = _memo.get()
    if memo is None:
        return _read_version()
    if memo.version is None:
        memo.version = _read_version()
    return memo.version


def set_memoised_version(version: int | None) -> None:
    """Record a version read together with other keys (one `get_many`), for this request."""
    memo = _memo.get()
    if memo is not None:
        memo.version = version


def bump_content_version(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)
    memo = _memo.get()
    if memo is not None:  # later reads in this request see the new content
        memo.version = None
        memo.values.clear()


def versioned(key: str) -> str:
    return f"engage:{content_version()}:{key}"


def prefetch(keys: Iterable[str]) -> None:
    """Fetch these fragments (unversioned names, as passed to `cached`) in one round trip."""
    memo = _memo.get()
    keys = [key for key in keys if memo is not None and key not in memo.values]
    if not keys:
        return
    names = {versioned(key): key for key in keys}
    for full_key, value in cache.get_many(list(names)).items():
        memo.values[names[full_key]] = value


def used_keys() -> list[str]:
    memo = _memo.get()
    return list(memo.used) if memo is not None else []


def cached(key: str, compute: Callable[[], Any], timeout: int = _TIMEOUT) -> Any:
    """Return the value cached under `key` for the current content version, computing it on a miss."""
    memo = _memo.get()
    if memo is not None:
        if key not in memo.used:
            memo.used.append(key)
        value = memo.values.get(key, _MISSING)
        if value is not _MISSING:
            return value
    full_key = versioned(key)
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, timeout)
    if memo is not None:
        memo.values[key] = value
    return value
