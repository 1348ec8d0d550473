"""Page sections contributed by other apps, through Wagtail hooks: the one way to build them.

The borough page (and the home page, ward pages) show what several domain apps know: priorities,
meetings, advice. Those apps import `boroughs`, so `boroughs` cannot import them. Instead each app
registers a hook that returns a named `Section` (or None):

    # meetings/wagtail_hooks.py
    @hooks.register("engage_borough_sections")
    def upcoming_meetings(page, request):
        data = section_data(page, request, "meetings", lambda: ...)  # cached, preview-aware
        return Section("meetings", "components/upcoming_meetings.html", data) if data else None

The page declares, once, which sections it shows and in what order (`section_order`, names);
`collect_sections` puts them in that order. A hook whose section the page does not list is a
programming error and fails loudly (every page type has a render test).

Every section builds its data through `section_data`: plain data cached under the content version
(`cms.core.cache.cached`), keyed on the section, the page and the language, so a warm page adds no
queries however much content there is; a preview is never cached (it may show unsaved changes).

Rendering the sections' templates costs more than their data, so `render_sections` also caches
each section's HTML, keyed on a digest of its template and context (and the language and host
the links are written for): the same data always gives the same markup.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import get_template
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail import hooks

from .cache import cached
from .rendered import cached_html, html_key


@dataclass(frozen=True)
class Section:
    name: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def section_data(
    page, request, name: str, compute: Callable[[], Any], *, vary: Iterable[Any] = (), timeout: int | None = None
) -> Any:
    """The data of section `name` on `page`: `compute()`, cached under the content version per
    page, language and anything in `vary` (e.g. today's date), for `timeout` seconds if given
    (data that is not content, such as survey counts, never bumps the content version).
    In a preview it is computed afresh and not stored."""
    if getattr(request, "is_preview", False) or not page.pk:
        return compute()
    key = ":".join(["section", name, str(page.pk), get_language() or settings.LANGUAGE_CODE, *map(str, vary)])
    return cached(key, compute) if timeout is None else cached(key, compute, timeout=timeout)


def collect_sections(hook_name: str, page, request) -> list[Section]:
    """The sections the `hook_name` hooks return for `page`, in the page's `section_order`."""
    order = {name: position for position, name in enumerate(page.section_order)}
    sections = [section for fn in hooks.get_hooks(hook_name) if (section := fn(page, request)) is not None]
    unknown = [section.name for section in sections if section.name not in order]
    if unknown:
        raise ImproperlyConfigured(f"{type(page).__name__}.section_order does not list the section(s) {unknown}.")
    return sorted(sections, key=lambda section: order[section.name])


def _render(section: Section, context) -> str:
    """What `{% include section.template with section=section.context %}` gives."""
    with context.push(section=section.context):
        return get_template(section.template).template.render(context)


def render_sections(context, sections: Iterable[Section]) -> SafeString:
    """The sections' HTML, each cached under the content version (never in a preview)."""
    request = context.get("request")
    return SafeString(
        "".join(
            cached_html(
                html_key(f"section-{section.name}", section.template, section.context, request),
                lambda section=section: _render(section, context),
            )
            for section in sections
        )
    )
