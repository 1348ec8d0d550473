"""A whole-page cache for anonymous readers, and HTTP caching headers for what it stores.

Built on Django's cache framework directly (`django.utils.cache`: `get_cache_key` /
`learn_cache_key` respect every `Vary` header, e.g. `Accept-Language` on unprefixed URLs).
wagtail-cache does not support Wagtail 8, and Django's own `CacheMiddleware` cannot be told
about the content version or about our rules for what is personal.

The cache key includes the content version (cms/core/cache.py), kept in the shared cache (Redis
in production): a publish on one server bumps it, and every server misses at once and renders
the new content. Old entries are never served again and expire on their own.

A response is stored only when all of these hold (otherwise it is passed through untouched):
- the request is GET or HEAD, carries no session cookie, no messages cookie, no Authorization
  header, and its query string is empty or only `page=N` / `p=N` (a bounded set of URLs);
- the path is not under an excluded prefix (admin, documents, …: ENGAGE_PAGE_CACHE_EXCLUDE);
- the response is a 200, not streaming, sets no cookie, did not use a CSRF token (every page
  with a form uses one, so form pages are never stored), and is not marked private/no-store;
- it is not a preview (`request.is_preview`).

What is stored gets `Cache-Control: public, max-age=…, s-maxage=…` (browsers for a minute, shared
caches/CDNs longer: a publish purges them, see cms/core/frontend_cache.py), an `ETag` and a
`Last-Modified`, so `ConditionalGetMiddleware` answers `If-None-Match` / `If-Modified-Since` with
304. A response for a signed-in editor gets `Cache-Control: private` instead.

The middleware also opens the per-request scope of cms/core/cache.py: the content version is read
once per request, and the fragments a URL used last time are fetched with one `get_many`.
"""

import hashlib
import re
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import (
    get_cache_key,
    learn_cache_key,
    patch_cache_control,
    set_response_etag,
)
from django.utils.http import http_date

from . import cache as fragments

HIT_HEADER = "X-Engage-Cache"
_PAGE_QUERY = re.compile(r"^((page|p)=\d{1,6})?$")
_PERSONAL_COOKIES = ("messages",)


def _setting(name: str, default):
    return getattr(settings, name, default)


def enabled() -> bool:
    return bool(_setting("ENGAGE_PAGE_CACHE", True))


def _prefix() -> str:
    return f"engage-page:{fragments.content_version()}"


def is_personal(request: HttpRequest) -> bool:
    """Could the answer to this request differ per person (signed in, a session, messages)?"""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or any(name in cookies for name in _PERSONAL_COOKIES)
        or "HTTP_AUTHORIZATION" in request.META
    )


def request_is_cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or is_personal(request):
        return False
    if not _PAGE_QUERY.match(request.META.get("QUERY_STRING", "")):
        return False
    return not _excluded(request)


def _excluded(request: HttpRequest) -> bool:
    return any(request.path.startswith(prefix) for prefix in _setting("ENGAGE_PAGE_CACHE_EXCLUDE", ()))


def used_csrf_token(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response carries a CSRF token. Django no longer sets `CSRF_COOKIE_USED` (gone
    since 4.1): a view that calls `get_token` marks the request `CSRF_COOKIE_NEEDS_UPDATE`, and
    `CsrfViewMiddleware` then sets (or refreshes) the CSRF cookie on its response."""
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE")) or settings.CSRF_COOKIE_NAME in response.cookies


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if used_csrf_token(request, response) or getattr(request, "is_preview", False):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed and not session.is_empty():
        return False  # the view put something in the session (no cookie came in: see above)
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _mark_public(response: HttpResponse) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=_setting("ENGAGE_BROWSER_MAX_AGE", 60),
        s_maxage=_setting("ENGAGE_SHARED_MAX_AGE", 300),
    )
    if not response.has_header("Last-Modified"):
        response.headers["Last-Modified"] = http_date(time.time())
    if not response.has_header("ETag"):
        set_response_etag(response)


class PageCacheMiddleware:
    """Place after WhiteNoise, GZip and ConditionalGet, before the session middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with fragments.request_scope():
            return self._serve(request)

    def _serve(self, request: HttpRequest) -> HttpResponse:
        use_cache = enabled() and request_is_cacheable(request)
        # Django's cache keys carry the active language, and this runs before LocaleMiddleware: a
        # worker still holds the language of the last page it served. Read and store under the
        # language LocaleMiddleware will choose for this request (the URL's), computed once.
        language = translation.get_language_from_request(request, check_path=True) if use_cache else ""
        if use_cache:
            with translation.override(language):
                key = get_cache_key(request, _prefix(), "GET", cache=cache)
            stored = cache.get(key) if key else None
            if stored is not None:
                response = stored  # unpickled afresh by the cache backend: ours to change
                if request.method == "HEAD":
                    response.content = b""
                response.headers[HIT_HEADER] = "hit"
                return response
        # Fetch, in one round trip, the fragments this URL used last time (cms/core/cache.py).
        learn = request.method in ("GET", "HEAD") and not _excluded(request)
        # The path hashed: any URL gives a key of fixed length and safe characters.
        path_digest = hashlib.sha256(request.path.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        keys_key = fragments.versioned(f"fragment-keys:{path_digest}") if learn else ""
        learned = (cache.get(keys_key) or []) if learn else []
        fragments.prefetch(learned)
        response = self.get_response(request)
        used = fragments.used_keys()
        if learn and response.status_code == 200 and set(used) - set(learned):
            cache.set(keys_key, sorted(set(used) | set(learned)), _setting("ENGAGE_PAGE_CACHE_TIMEOUT", 60 * 60))
        if use_cache and request.method == "GET" and response_is_cacheable(request, response):
            _mark_public(response)
            timeout = _setting("ENGAGE_PAGE_CACHE_TIMEOUT", 60 * 60)
            with translation.override(language):
                key = learn_cache_key(request, response, timeout, _prefix(), cache=cache)
            cache.set(key, response, timeout)  # rendered by now: the handler renders templates
            response.headers[HIT_HEADER] = "miss"
        elif is_personal(request) and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        return response
