"""One page of "You said, we did", cached as rendered cards per content version.

Twenty priority cards, each with its status, tags, latest action and full trail, cost far more
to render than to query (about 2 ms a card), and a borough with years of priorities always fills
the page: so each page's cards are rendered once per content version, language, host (the links)
and page number, and the priority count is cached beside them. A warm page makes no query for
the list. A preview is never cached.
"""

from collections.abc import Callable

from django.template import engines
from django.utils.safestring import SafeString, mark_safe

from cms.core.paging import page_of, requested_page
from cms.core.sections import section_data

_CARDS = '{% for priority in priorities %}{% include "components/priority_card.html" %}{% endfor %}'


def _render_cards(priorities: list, request) -> str:
    if not priorities:
        return ""
    return str(engines["django"].from_string(_CARDS).render({"priorities": priorities}, request))


def priority_listing(page, request, ordered, count: Callable[[], int], split, per_page: int) -> dict:
    """`page_obj`, and the `current` and `resolved` cards (HTML, "" when none) of the page the
    reader asked for (`?page=N`, clamped to the last page). `ordered` is the priorities in listing
    order (unevaluated), `count` counts them, `split` divides a page of them into current and
    resolved, `per_page` at a time. Cached with `section_data` (never in a preview)."""
    page_obj = page_of(section_data(page, request, "you-said-count", count), per_page, requested_page(request))

    def compute() -> dict:
        start = (page_obj.number - 1) * per_page
        current, resolved = split(list(ordered[start : start + per_page]))
        return {"current": _render_cards(current, request), "resolved": _render_cards(resolved, request)}

    host = f"{request.scheme}://{request.get_host()}"  # the cards' links are written for it
    cards = section_data(page, request, "you-said-cards", compute, vary=[host, page_obj.number])
    current: SafeString = mark_safe(cards["current"])  # noqa: S308 (our templates' output)
    resolved: SafeString = mark_safe(cards["resolved"])  # noqa: S308 (our templates' output)
    return {"page_obj": page_obj, "current": current, "resolved": resolved}
