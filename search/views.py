"""The results page: GET /<lang>/search/?q=…&borough=…&type=…&page=… (no JavaScript needed)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.models import Page

from places.lookup import index_page
from places.views import borough_index

from .engine import MAX_QUERY, PER_PAGE, TYPES, clean_query, highlight, page_text, search


def _advice_index() -> dict | None:
    from advice.models import AdviceIndexPage

    return index_page(AdviceIndexPage)


@require_GET
def results(request):
    text = request.GET.get("q", "")
    borough = request.GET.get("borough", "")[:100]
    type_key = request.GET.get("type", "")
    if type_key not in TYPES:
        type_key = ""
    outcome = search(text, translation.get_language() or "en", borough=borough, type_key=type_key)
    paginator = Paginator(outcome.hits, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    # Pages (hits are plain values until here) and snippets only for the ten shown; a page deleted
    # since the search is left out.
    shown = list(page_obj.object_list)
    specific = Page.objects.filter(id__in=[h.page.pk for h in shown]).specific().in_bulk()
    shown = [hit for hit in shown if hit.page.pk in specific]
    for hit in shown:
        hit.page = specific[hit.page.pk]
        hit.snippet = highlight(page_text(hit.page), outcome.query)
    params = {"q": outcome.query, "borough": borough, "type": type_key}
    context = {
        "base_query": urlencode({k: v for k, v in params.items() if v}),
        "type_query": urlencode({k: v for k, v in params.items() if v and k != "type"}),
        "borough_query": urlencode({k: v for k, v in params.items() if v and k != "borough"}),
        "query": outcome.query,
        "search_value": clean_query(text)[:MAX_QUERY],
        "outcome": outcome,
        "page_obj": page_obj,
        "hits": shown,
        "borough": borough,
        "type_key": type_key,
        "advice_index": _advice_index() if outcome.query and not outcome.total and not outcome.promoted else None,
        "borough_index": borough_index() if outcome.query and not outcome.total and not outcome.promoted else None,
    }
    return render(request, "search/results.html", context)
