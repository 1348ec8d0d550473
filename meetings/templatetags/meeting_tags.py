"""Template tags for meetings: JSON-LD that cannot break out of its script element, and
calendar-subscription (webcal://) addresses."""

import json
from urllib.parse import urlsplit

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms.core.baseurl import absolute_url

register = template.Library()

# The escapes Django's json_script uses: no "<", ">" or "&" survives, so neither "</script>"
# nor "<!--" can appear inside the element, whatever an editor typed.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_string(data: dict) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)


@register.simple_tag
def json_ld(data: dict):
    """`<script type="application/ld+json">` holding `data` (a dict built in Python)."""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(json_ld_string(data)))  # noqa: S308


@register.simple_tag(takes_context=True)
def webcal_url(context, path: str) -> str:
    """The same address as `path` with the webcal:// scheme, which calendar apps subscribe to."""
    return "webcal://" + urlsplit(absolute_url(path)).netloc + path
