"""Rendered HTML cached under the content version, keyed on a digest of its template and data.

A template's output depends on its data, the language, and the host its links are written for:
so the same data renders once per content version, and a page that shows the same navigation,
language links or sections as last time reuses the markup. Never in a preview. Used by
`render_sections` (cms/core/sections.py) and `cached_inclusion_tag` (the page chrome).
"""

import hashlib
import pickle
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .cache import cached


def html_key(kind: str, template_name: str, data: Any, request) -> str | None:
    """The cache key for `template_name` rendered with `data`, or None when it cannot be cached
    (a preview, or data that cannot be pickled)."""
    if getattr(request, "is_preview", False):
        return None
    try:
        payload = pickle.dumps((template_name, data), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    digest = hashlib.blake2b(payload, digest_size=16).hexdigest()
    host = f"{request.scheme}://{request.get_host()}" if request is not None else ""
    return ":".join(["html", kind, get_language() or settings.LANGUAGE_CODE, host, digest])


def cached_html(key: str | None, render: Callable[[], str]) -> SafeString:
    return mark_safe(render() if key is None else cached(key, render))  # noqa: S308 (our templates' output)


def cached_inclusion_tag(library, template_name: str, *, takes_context: bool = False):
    """Like `library.inclusion_tag(template_name, takes_context=…)`, with the rendered HTML cached
    (see above). The template gets only the tag's data, as an inclusion tag's does, and no CSRF
    token: never use it for a template with a form."""

    def decorator(func):
        def tag(context, *args, **kwargs):
            data = func(context, *args, **kwargs) if takes_context else func(*args, **kwargs)
            request = context.get("request")

            def render() -> str:
                return get_template(template_name).template.render(context.new(data))

            return cached_html(html_key(func.__name__, template_name, data, request), render)

        library.simple_tag(tag, takes_context=True, name=func.__name__)
        return func

    return decorator
