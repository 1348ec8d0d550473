"""Gzip for HTML and text responses, without handing BREACH an oracle.

Django's `GZipMiddleware` already pads each compressed body with random bytes (its BREACH
mitigation, "Heal the BREACH"). On top of that we never compress a response that carries a CSRF
token *and* reflects the request's input (a POST, or a GET with a query string): compression of
a secret beside attacker-chosen text is what BREACH measures. Those responses are small forms and
errors; every page a reader browses is still compressed.

Static files are not compressed here: WhiteNoise serves them pre-compressed (gzip and, with the
`Brotli` package installed, brotli) and answers before this middleware.

Brotli for HTML would need hand-written middleware (no maintained Django package supports
Django 5.2 with BREACH padding); gzip at level 6 already takes HTML to about a quarter.
"""

from django.middleware.gzip import GZipMiddleware

_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")


class SafeGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(_TEXT_TYPES):
            return response
        reflects_input = request.method not in ("GET", "HEAD") or bool(request.META.get("QUERY_STRING"))
        if request.META.get("CSRF_COOKIE_USED") and reflects_input:
            return response
        return super().process_response(request, response)
