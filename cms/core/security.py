"""Content-Security-Policy and Permissions-Policy for every response (docs/security.md).

django-csp builds the header from settings.CONTENT_SECURITY_POLICY (the public policy: nothing
inline, nothing from another origin). This middleware chooses between policies by what the
response is, never by guesswork in templates:

- the admin (/admin/…) gets ENGAGE_ADMIN_CSP: Wagtail 8's own editor still writes small inline
  scripts (inline panels, date choosers) and inline styles, so it needs 'unsafe-inline' there;
- a page on which a video block rendered (the block's template calls `{% csp_allow_video %}`)
  may frame the two video players, and only those; every other page may frame nothing;
- the static 500 page may use its own inline <style> block, allowed by its hash.

`frame-ancestors` is not set here: FramingPolicyMiddleware (cms/core/middleware.py) adds it per
view after this middleware has written the header.
"""

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings

VIDEO_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

_hosts = " ".join(f'"{host}"' for host in VIDEO_FRAME_HOSTS)
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "autoplay=()",
        "camera=()",
        "display-capture=()",
        f"fullscreen=(self {_hosts})",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        f"picture-in-picture=(self {_hosts})",
        "publickey-credentials-get=()",
        "screen-wake-lock=()",
        "usb=()",
    ]
)


def allow_video_frames(request) -> None:
    """Let this response frame the video players (called while a video block renders)."""
    if request is not None:
        request.engage_video_frames = True


@cache
def _error_page_style_hashes() -> list[str]:
    """'sha256-…' of each inline <style> in templates/500.html, which must work with nothing else."""
    path = settings.BASE_DIR / "templates" / "500.html"
    try:
        html = path.read_text(encoding="utf-8")
    except OSError:
        return []
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'"
        for style in re.findall(r"<style>(.*?)</style>", html, flags=re.DOTALL)
    ]


def _merge(first: dict | None, second: dict) -> dict:
    merged = dict(first or {})
    for key, values in second.items():
        merged[key] = [*merged.get(key, []), *values]
    return merged


class EngageCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.ENGAGE_ADMIN_CSP
        if getattr(request, "engage_video_frames", False):
            parts.replace = _merge(parts.replace, {"frame-src": VIDEO_FRAME_HOSTS})
        if response.status_code == 500:
            parts.update = _merge(parts.update, {"style-src": _error_page_style_hashes()})
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
