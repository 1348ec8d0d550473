"""Who may show our pages inside a frame.

Every response forbids framing by other sites (clickjacking: a hostile page must never be able
to put the admin, a form or a resident's page under a transparent layer), with both the old
header and the new one: `X-Frame-Options: DENY` and `Content-Security-Policy: frame-ancestors
'none'`. Two exceptions, both chosen by the view, never by the URL:

- a view decorated with `allow_framing_anywhere` (the embed view of the syndication app) may be
  framed by any site: `frame-ancestors *` and no X-Frame-Options;
- a response the view marked `X-Frame-Options: SAMEORIGIN` (Wagtail's admin preview, which the
  page editor shows in a same-origin iframe) may be framed by this site only:
  `frame-ancestors 'self'`.

Place `FramingPolicyMiddleware` just above Django's XFrameOptionsMiddleware in MIDDLEWARE, so it
sees each response after that middleware has set its header.
"""

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse

_FRAME_ANYWHERE = "frame-ancestors *"
_FRAME_SELF = "frame-ancestors 'self'"
_FRAME_NONE = "frame-ancestors 'none'"


def allow_framing_anywhere(view_func: Callable) -> Callable:
    """Let any site put this view's responses in an iframe (and nothing else: see the module)."""

    @wraps(view_func)
    def wrapped(request, *args, **kwargs):
        response = view_func(request, *args, **kwargs)
        response.engage_frame_anywhere = True
        # Django's XFrameOptionsMiddleware leaves exempt responses alone.
        response.xframe_options_exempt = True
        return response

    return wrapped


def _with_frame_ancestors(policy: str, directive: str) -> str:
    """Add a frame-ancestors directive to an existing policy, replacing any there was."""
    kept = [part.strip() for part in policy.split(";") if part.strip()]
    kept = [part for part in kept if not part.lower().startswith("frame-ancestors")]
    return "; ".join([*kept, directive])


class FramingPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(response, "engage_frame_anywhere", False):
            if "X-Frame-Options" in response:
                del response["X-Frame-Options"]
            directive = _FRAME_ANYWHERE
        elif response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            directive = _FRAME_SELF
        else:
            response["X-Frame-Options"] = "DENY"
            directive = _FRAME_NONE
        response["Content-Security-Policy"] = _with_frame_ancestors(
            response.get("Content-Security-Policy", ""), directive
        )
        return response
