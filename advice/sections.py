"""The "Advice for <borough>" section of borough pages (registered in wagtail_hooks.py).

It receives the borough page through the `engage_borough_sections` hook, so this app never
imports `boroughs`: featured advice comes through the page's `featured_advice` relation and
matching advice through the taxonomy's reverse `priorities` relation."""

from django.db.models import Q
from django.utils.translation import gettext as _

from cms.core.sections import Section, section_data

from .models import AdviceIndexPage, AdvicePage, current_priorities

MAX_MATCHED = 6
_CARD_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "summary", "listing_summary")


def _card(page: AdvicePage) -> dict:
    return {"title": page.title, "url": page.url, "summary": page.get_summary()}


def borough_advice(page) -> dict:
    """Editor-chosen advice first, then live advice tagged like the borough's current priorities.
    Plain dicts, so the result can be cached. At most four queries, however much is tagged."""
    live_advice = AdvicePage.objects.live().public().filter(locale_id=page.locale_id).only(*_CARD_FIELDS)
    chosen_ids = list(page.featured_advice.values_list("page_id", flat=True))
    chosen = live_advice.filter(pk__in=chosen_ids).in_bulk() if chosen_ids else {}
    featured = [chosen[pk] for pk in chosen_ids if pk in chosen]

    matched = []
    priorities = current_priorities(page.locale_id)
    if priorities is not None:
        local = priorities.filter(path__startswith=page.path).values("pk")
        matched = list(
            live_advice.filter(Q(asb_categories__priorities__in=local) | Q(crime_types__priorities__in=local))
            .exclude(pk__in=chosen_ids)
            .distinct()
            .order_by("title")[:MAX_MATCHED]
        )
    index = AdviceIndexPage.objects.live().public().filter(locale_id=page.locale_id).only(*_CARD_FIELDS[:6]).first()
    return {
        "featured": [_card(p) for p in featured],
        "matched": [_card(p) for p in matched],
        "index_url": index.url if index else "",
    }


def advice_for_borough(page, request) -> Section | None:
    if not hasattr(page, "featured_advice"):
        return None
    advice = section_data(page, request, "advice", lambda: borough_advice(page))
    if not (advice["featured"] or advice["matched"]):
        return None
    return Section(
        "advice",
        "components/advice_for_borough.html",
        {**advice, "heading": _("Advice for %(borough)s") % {"borough": page.title}},
    )
