"""Brotli or gzip for HTML and text responses, without handing BREACH an oracle.

Django's `GZipMiddleware` already pads each compressed body with random bytes (its BREACH
mitigation, "Heal the BREACH"). On top of that we never compress a response that carries a CSRF
token *and* reflects the request's input (a POST, or a GET with a query string): compression of
a secret beside attacker-chosen text is what BREACH measures. Those responses are small forms and
errors; every page a reader browses is still compressed. "Carries a CSRF token" is read from the
CSRF cookie the response sets (`pagecache.used_csrf_token`): Django 5 no longer sets the
`CSRF_COOKIE_USED` flag this rule first read, so until 2026-12 it never matched.

Brotli (when the client accepts `br`) is used only for responses that used no CSRF token at all:
a brotli body carries no random padding, so a page with a token (a form page) keeps gzip and its
padding. Every page the anonymous page cache may store is such a page. Both encodings weaken a
strong ETag (as `GZipMiddleware` does), so a 304 still matches and no strong ETag names two bodies.

A page-cache hit is the same body for every reader, so its compressed forms are kept in a small
per-process memo keyed on a digest of the body: a hit costs no compression CPU after the first.

Static files are not compressed here: WhiteNoise serves them pre-compressed (gzip and brotli files
written at `collectstatic`) and answers before this middleware.
"""

import hashlib
import threading
from collections import OrderedDict

import brotli
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

from .pagecache import HIT_HEADER, used_csrf_token

_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
BROTLI_QUALITY = 5  # about gzip level 6's CPU for HTML, and smaller output
_MEMO_SIZE = 256


def accepts(accept_encoding: str, coding: str) -> bool:
    """Whether `coding` is in an Accept-Encoding header with a quality above zero."""
    for part in accept_encoding.lower().split(","):
        name, _, params = part.partition(";")
        if name.strip() != coding:
            continue
        quality = params.strip().removeprefix("q=").strip() if params.strip().startswith("q=") else "1"
        try:
            return float(quality) > 0
        except ValueError:
            return True
    return False


class _Memo:
    """Compressed bodies of page-cache hits, least recently used dropped first."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict[tuple[bytes, str], bytes] = OrderedDict()
        self.lock = threading.Lock()

    def get_or_compress(self, content: bytes, coding: str, compress) -> bytes:
        key = (hashlib.blake2b(content, digest_size=20).digest(), coding)
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
                return found
        compressed = compress(content)
        with self.lock:
            self.items[key] = compressed
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return compressed


_memo = _Memo(_MEMO_SIZE)


class SafeCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(_TEXT_TYPES):
            return response
        reflects_input = request.method not in ("GET", "HEAD") or bool(request.META.get("QUERY_STRING"))
        csrf_used = used_csrf_token(request, response)
        if csrf_used and reflects_input:
            return response
        hit = response.get(HIT_HEADER) == "hit"
        if response.streaming or response.has_header("Content-Encoding") or len(response.content) < 200:
            return super().process_response(request, response)
        accept_encoding = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if not csrf_used and accepts(accept_encoding, "br"):
            return self._encode(response, "br", _brotli, hit)
        if hit and re_accepts_gzip.search(accept_encoding):
            return self._encode(response, "gzip", self._gzip, hit)
        return super().process_response(request, response)

    def _gzip(self, content: bytes) -> bytes:
        return compress_string(content, max_random_bytes=self.max_random_bytes)

    @staticmethod
    def _encode(response, coding: str, compress, memoise: bool):
        patch_vary_headers(response, ("Accept-Encoding",))
        content = response.content
        compressed = _memo.get_or_compress(content, coding, compress) if memoise else compress(content)
        if len(compressed) >= len(content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = coding
        return response


def _brotli(content: bytes) -> bytes:
    return brotli.compress(content, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
