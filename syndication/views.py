"""The embed view (/embed/<page id>/) and the oEmbed provider (/oembed)."""

import re

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.blocks import StreamValue

from cms.core.baseurl import absolute_url
from cms.core.middleware import allow_framing_anywhere

from .cors import cors_allow_get
from .decorators import not_found_stays_put
from .embeddable import embed_url, get_embeddable_page, is_embeddable, page_for_url, page_url
from .sanitise import make_embed_safe

# oEmbed sizes, in CSS pixels. A consumer's maxwidth/maxheight only ever make the embed smaller.
DEFAULT_WIDTH = 600
DEFAULT_HEIGHT = 600
THUMBNAIL_SIZE = 640
# Larger than any screen; anything above is treated as "no limit" (never an error, never a 500).
MAX_DIMENSION = 100_000
OEMBED_CACHE_AGE = 3600
_DIGITS = re.compile(r"[0-9]+")
# The StreamField that holds an article's content, by the names the content apps use.
BODY_FIELDS = ("body", "sections")


def snake_case(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def embed_body(request, page) -> str:
    """The page's body, rendered with its usual block templates and made safe to embed."""
    body = next(
        (value for name in BODY_FIELDS if isinstance(value := getattr(page, name, None), StreamValue)),
        None,
    )
    if body is None:
        return ""
    html = body.render_as_block(context={"page": page, "request": request, "embedded": True})
    request.engage_video_frames = False  # videos become links here: the embed frames nothing
    return mark_safe(make_embed_safe(str(html), request.get_host()))  # noqa: S308  (sanitised above)


def iframe_code(request, page, width: int | str = "100%", height: int = DEFAULT_HEIGHT) -> str:
    """The HTML a community group pastes into its site. Sandboxed: scripts only for the
    height message; links may take over the top window only when clicked."""
    style = f"border:0;width:{width}{'px' if isinstance(width, int) else ''};max-width:100%;height:{height}px"
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" style="{}" loading="lazy" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        embed_url(request, page),
        f"{page.title} ({settings.ENGAGE_FORCE_NAME})",
        width if isinstance(width, int) else DEFAULT_WIDTH,
        height,
        style,
    )


@not_found_stays_put
@require_safe
@allow_framing_anywhere
@cache_control(public=True, max_age=300)
def embed(request, page_id: int):
    """An article with minimal chrome, for an iframe on a community group's website.
    No cookies, no forms, no third-party requests; any site may frame it."""
    page = get_embeddable_page(request, page_id)
    language = page.locale.language_code
    with translation.override(language):
        context = {
            "page": page,
            "language": language,
            "text_direction": "rtl" if translation.get_language_bidi() else "ltr",
            "body": embed_body(request, page),
            "summary": page.get_summary(),
            "page_full_url": page_url(request, page),
            "force_name": settings.ENGAGE_FORCE_NAME,
            "published_at": page.first_published_at,
            "updated_at": page.last_published_at,
        }
        response = TemplateResponse(
            request, [f"embed/pages/{snake_case(type(page).__name__)}.html", "embed/page.html"], context
        )
        response.render()
    response["X-Robots-Tag"] = "noindex"
    return response


def _dimension(request, name: str) -> int | None:
    """A positive integer parameter, capped at MAX_DIMENSION; None when absent. ValueError otherwise."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    if not _DIGITS.fullmatch(raw):
        raise ValueError(f"{name} must be a positive whole number of pixels.")
    value = MAX_DIMENSION if len(raw) > 9 else int(raw)
    if value < 1:
        raise ValueError(f"{name} must be a positive whole number of pixels.")
    return min(value, MAX_DIMENSION)


def _bad_request(message: str, status: int = 400) -> HttpResponse:
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


@not_found_stays_put
@cors_allow_get
@require_safe
@cache_control(public=True, max_age=OEMBED_CACHE_AGE)
def oembed(request):
    """oEmbed 1.0 (https://oembed.com/): a "rich" embed of an article, as JSON only."""
    url = request.GET.get("url", "").strip()
    if not url:
        return _bad_request("The url parameter is required.")
    try:
        maxwidth = _dimension(request, "maxwidth")
        maxheight = _dimension(request, "maxheight")
    except ValueError as error:
        return _bad_request(str(error))
    response_format = request.GET.get("format", "json").strip().lower()
    if response_format != "json":
        return _bad_request("Only the json format is available.", status=501)

    page = page_for_url(request, url)
    if page is None or not is_embeddable(page):
        return _bad_request("No embeddable page at this address.", status=404)

    width = min(DEFAULT_WIDTH, maxwidth or DEFAULT_WIDTH)
    height = min(DEFAULT_HEIGHT, maxheight or DEFAULT_HEIGHT)
    data = {
        "type": "rich",
        "version": "1.0",
        "title": page.title,
        "provider_name": settings.WAGTAIL_SITE_NAME,
        "provider_url": absolute_url("/"),
        "author_name": settings.ENGAGE_FORCE_NAME,
        "html": iframe_code(request, page, width=width, height=height),
        "width": width,
        "height": height,
        "cache_age": OEMBED_CACHE_AGE,
    }
    image = getattr(page, "listing_image", None)
    if image is not None:
        size_w = min(THUMBNAIL_SIZE, maxwidth or THUMBNAIL_SIZE)
        size_h = min(THUMBNAIL_SIZE, maxheight or THUMBNAIL_SIZE)
        rendition = image.get_rendition(f"max-{size_w}x{size_h}")
        data.update(
            thumbnail_url=absolute_url(rendition.url),
            thumbnail_width=rendition.width,
            thumbnail_height=rendition.height,
        )
    return JsonResponse(data)
