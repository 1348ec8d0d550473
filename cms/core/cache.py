"""A site-wide content version for cached fragments.

Anything derived from editorial content (navigation, breadcrumbs, contact settings, the
sections of a borough page) is cached under a key that includes `content_version()`. The
version is bumped whenever content changes: a page is published, unpublished, moved or
deleted, or a model of a content app (settings.ENGAGE_CONTENT_APPS) is saved or deleted.
Residents' submissions are not content, so they never invalidate the cache.
"""

from collections.abc import Callable
from typing import Any

from django.core.cache import cache

_KEY = "engage:content-version"
_TIMEOUT = 60 * 60 * 6


def content_version() -> int:
    version = cache.get(_KEY)
    if version is None:
        version = 1
        cache.set(_KEY, version, None)
    return version


def bump_content_version(**kwargs) -> None:
    try:
        cache.incr(_KEY)
    except ValueError:
        cache.set(_KEY, 2, None)


def cached(key: str, compute: Callable[[], Any], timeout: int = _TIMEOUT) -> Any:
    """Return the value cached under `key` for the current content version, computing it on a miss."""
    full_key = f"engage:{content_version()}:{key}"
    sentinel = object()
    value = cache.get(full_key, sentinel)
    if value is sentinel:
        value = compute()
        cache.set(full_key, value, timeout)
    return value
