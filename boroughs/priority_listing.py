"""One page of "You said, we did", cached as rendered cards per content version.

Twenty priority cards, each with its status, tags, latest action and full trail, cost far more
to render than to query (about 2 ms a card), and a borough with years of priorities always fills
the page: so each page's cards are rendered once per content version, language, host (the links)
and page number, and the priority count is cached beside them. A warm page makes no query for
the list. A preview is never cached.
"""

from collections.abc import Callable

from django.conf import settings
from django.template import engines
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from cms.core.cache import cached
from cms.core.paging import page_of, requested_page

_CARDS = '{% for priority in priorities %}{% include "components/priority_card.html" %}{% endfor %}'


def _render_cards(priorities: list, request) -> str:
    if not priorities:
        return ""
    return str(engines["django"].from_string(_CARDS).render({"priorities": priorities}, request))


def priority_listing(page, request, ordered, count: Callable[[], int], split, per_page: int) -> dict:
    """`page_obj`, and the `current` and `resolved` cards (HTML, "" when none) of the page the
    reader asked for (`?page=N`, clamped to the last page). `ordered` is the priorities in listing
    order (unevaluated), `count` counts them, `split` divides a page of them into current and
    resolved, `per_page` at a time."""
    preview = getattr(request, "is_preview", False) or not page.pk
    total = count() if preview else cached(f"you-said-count:{page.pk}", count)
    page_obj = page_of(total, per_page, requested_page(request))

    def compute() -> dict:
        start = (page_obj.number - 1) * per_page
        current, resolved = split(list(ordered[start : start + per_page]))
        return {"current": _render_cards(current, request), "resolved": _render_cards(resolved, request)}

    if preview:
        cards = compute()
    else:
        language = get_language() or settings.LANGUAGE_CODE
        host = f"{request.scheme}://{request.get_host()}"
        cards = cached(f"you-said:{page.pk}:{language}:{host}:{page_obj.number}", compute)
    current: SafeString = mark_safe(cards["current"])  # noqa: S308 (our templates' output)
    resolved: SafeString = mark_safe(cards["resolved"])  # noqa: S308 (our templates' output)
    return {"page_obj": page_obj, "current": current, "resolved": resolved}
