"""What the boroughs app adds to borough and ward pages (registered in wagtail_hooks.py).

Each section's data comes through `cms.core.sections.section_data` (cached under the content
version, never in a preview), so a warm page adds no queries however many officers, priorities or
updates there are. Their order is the page's `section_order`.
"""

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from advice.models import AdviceIndexPage, AdvicePage, AsbCategory, CrimeType
from advice.models.pages import LISTING_FIELDS
from cms.core.sections import Section, section_data

from .models import (
    BoroughPage,
    PriorityIndexPage,
    PriorityPage,
    UpdateIndexPage,
    UpdatePage,
    WardPage,
)
from .models.priorities import current_priorities, priorities_with_trail, split_current_and_resolved
from .models.updates import latest_updates
from .models.wards import team_queryset

SUMMARY_PRIORITIES = 5
SUMMARY_UPDATES = 3
MAX_MATCHED_ADVICE = 6


def priority_card(priority: PriorityPage, request) -> dict[str, Any]:
    latest = priority.latest_action
    return {
        "title": priority.title,
        "url": priority.get_url(request),
        "status": priority.status,
        "status_label": str(priority.get_status_display()),
        "date_set": priority.date_set,
        "ward": priority.ward.title if priority.ward_id and priority.ward else "",
        "latest_action": {"date": latest.date, "text": latest.text} if latest else None,
        "action_count": len(priority.trail),
        "alias": bool(priority.alias_of_id),
    }


def _priorities_summary(queryset, index_page, request) -> dict[str, Any]:
    current, resolved = split_current_and_resolved(priorities_with_trail(queryset))
    return {
        "index_url": index_page.get_url(request) if index_page else "",
        "index_title": index_page.title if index_page else "",
        "current": [priority_card(p, request) for p in current[:SUMMARY_PRIORITIES]],
        "current_count": len(current),
        "resolved_count": len(resolved),
    }


def borough_team(page: BoroughPage, request) -> Section | None:
    def compute():
        wards = WardPage.objects.none()
        if page.path:  # a preview of a new borough has no place in the tree yet
            wards = WardPage.objects.child_of(page).live().public().only("id", "title", "url_path", "path", "depth")
        return {
            "borough": page.title,
            "members": [m.as_card() for m in team_queryset(page.team_members.all())],
            "wards": [{"title": ward.title, "url": ward.get_url(request)} for ward in wards.order_by("title")],
        }

    data = section_data(page, request, "team", compute)
    if not data["members"] and not data["wards"]:
        return None
    return Section("team", "components/borough_team.html", data)


def borough_priorities(page: BoroughPage, request) -> Section | None:
    def compute():
        index_page = PriorityIndexPage.objects.child_of(page).live().public().first() if page.path else None
        if index_page is None:
            return None
        return _priorities_summary(PriorityPage.objects.child_of(index_page), index_page, request)

    data = section_data(page, request, "priorities", compute)
    if data is None:
        return None
    return Section("priorities", "components/priorities_summary.html", {**data, "place": page.title})


def borough_updates(page: BoroughPage, request) -> Section | None:
    def compute():
        index_page = UpdateIndexPage.objects.child_of(page).live().public().first() if page.path else None
        if index_page is None:
            return None
        updates = latest_updates(UpdatePage.objects.child_of(index_page))[:SUMMARY_UPDATES]
        return {
            "index_url": index_page.get_url(request),
            "index_title": index_page.title,
            "updates": [
                {
                    "title": u.title,
                    "url": u.get_url(request),
                    "date": u.date,
                    "summary": u.summary,
                    "alias": bool(u.alias_of_id),
                }
                for u in updates
            ],
        }

    data = section_data(page, request, "updates", compute)
    if data is None or not data["updates"]:
        return None
    return Section("updates", "components/latest_updates.html", data)


def ward_priorities(page: WardPage, request) -> Section | None:
    if not page.pk:  # a preview of a new ward has no priorities yet
        return None

    def compute():
        borough_path = page.path[: -page.steplen]
        index_page = (
            PriorityIndexPage.objects.filter(path__startswith=borough_path, depth=page.depth).live().public().first()
        )
        return _priorities_summary(PriorityPage.objects.filter(ward=page), index_page, request)

    data = section_data(page, request, "priorities", compute)
    return Section("priorities", "components/priorities_summary.html", {**data, "place": page.title})


def _advice_card(page: AdvicePage) -> dict:
    return {"title": page.title, "url": page.url, "summary": page.get_summary(), "alias": bool(page.alias_of_id)}


def borough_advice(page: BoroughPage) -> dict:
    """Editor-chosen advice first, then live advice tagged like the borough's current priorities.
    Plain dicts, so the result can be cached. At most four queries, however much is tagged."""
    live_advice = AdvicePage.objects.live().public().filter(locale_id=page.locale_id).only(*LISTING_FIELDS)
    chosen_ids = list(page.featured_advice.values_list("page_id", flat=True))
    chosen = live_advice.filter(pk__in=chosen_ids).in_bulk() if chosen_ids else {}
    featured = [chosen[pk] for pk in chosen_ids if pk in chosen]
    local = current_priorities(page.locale_id).filter(path__startswith=page.path).values("pk")
    # Subqueries, not joins: joining advice to both tag relations and on to their priorities
    # multiplies rows (advice x categories x priorities x crime types x priorities) and took
    # minutes on the 30,000-page scale data set; these stay small whatever the site's size.
    asb = AsbCategory.objects.filter(priorities__in=local).values("pk")
    crime = CrimeType.objects.filter(priorities__in=local).values("pk")
    tagged = Q(pk__in=AdvicePage.objects.filter(asb_categories__in=asb).values("pk")) | Q(
        pk__in=AdvicePage.objects.filter(crime_types__in=crime).values("pk")
    )
    matched = list(live_advice.filter(tagged).exclude(pk__in=chosen_ids).order_by("title")[:MAX_MATCHED_ADVICE])
    index = (
        AdviceIndexPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .only("id", "title", "url_path", "path", "depth", "locale_id", "alias_of")
        .first()
    )
    return {
        "featured": [_advice_card(p) for p in featured],
        "matched": [_advice_card(p) for p in matched],
        "index_url": index.url if index else "",
    }


def advice_for_borough(page: BoroughPage, request) -> Section | None:
    """ "Advice for <borough>": featured advice, then advice matching its current priorities."""
    advice = section_data(page, request, "advice", lambda: borough_advice(page))
    if not (advice["featured"] or advice["matched"]):
        return None
    return Section(
        "advice",
        "components/advice_for_borough.html",
        {**advice, "heading": _("Advice for %(borough)s") % {"borough": page.title}},
    )
