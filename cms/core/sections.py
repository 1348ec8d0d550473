"""Page sections contributed by other apps, through Wagtail hooks.

The borough page (and the home page, ward pages) show what several domain apps know: priorities,
meetings, advice. Those apps import `boroughs`, so `boroughs` cannot import them. Instead each app
registers a hook that returns a `Section` (or None), and the page renders them in `order`:

    # meetings/wagtail_hooks.py
    @hooks.register("engage_borough_sections")
    def upcoming_meetings(page, request):
        return Section(order=30, template="components/upcoming_meetings.html", context={...})

Hook functions must be cheap: wrap their queries in `cms.core.cache.cached(...)` keyed on the
page, so a warm page stays within its query budget however much content there is.
"""

from dataclasses import dataclass, field
from typing import Any

from wagtail import hooks


@dataclass(frozen=True)
class Section:
    order: int
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def collect_sections(hook_name: str, page, request) -> list[Section]:
    sections = [fn(page, request) for fn in hooks.get_hooks(hook_name)]
    return sorted((s for s in sections if s is not None), key=lambda s: s.order)
