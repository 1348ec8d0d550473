"""View decorators for the routes outside the language prefix."""

from functools import wraps

from django.http import Http404, HttpResponseNotFound

# A URL configuration without i18n_patterns (this app's own).
_UNPREFIXED_URLCONF = "syndication.urls"


def not_found_stays_put(view_func):
    """A 404 here stays a 404.

    Django's LocaleMiddleware answers a 404 outside the language prefix by redirecting to the
    same path under /<lang>/ whenever that path exists, and under Wagtail's catch-all page route
    every path exists. For /embed/…, /oembed, /feeds/… and /api/… that redirect is wrong (oEmbed
    consumers must get a 404), so the request is marked as routed by a URL configuration
    without language prefixes, which turns the redirect off for this response only.
    """

    @wraps(view_func)
    def wrapped(request, *args, **kwargs):
        try:
            response = view_func(request, *args, **kwargs)
        except Http404:
            response = HttpResponseNotFound("Not found.\n", content_type="text/plain; charset=utf-8")
        if response.status_code == 404:
            request.urlconf = _UNPREFIXED_URLCONF
        return response

    return wrapped
