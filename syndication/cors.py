"""Cross-origin reads for the public, read-only surface (oEmbed, feeds, API).

Any site may read these with `fetch()`: `Access-Control-Allow-Origin: *`, never with credentials
(no cookie is read or set on these routes). A preflight OPTIONS request is answered here, before
the view, with the methods and headers a reader may use.
"""

from functools import wraps

from django.http import HttpResponse

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since"


def cors_allow_get(view_func):
    @wraps(view_func)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = view_func(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped
