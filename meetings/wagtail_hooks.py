"""Upcoming meetings on the borough page and the home page (see cms/core/sections.py).

Each hook reads its data through `cms.core.sections.section_data` (one or two queries on a miss,
none when warm; computed afresh in a preview). The cache key includes the date, and meetings that have ended are filtered out at render time, so "upcoming"
rolls over without waiting for an editor to publish something."""

from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from boroughs.models import BoroughPage
from cms.core.sections import Section, section_data

from .models import MeetingIndexPage, MeetingPage
from .when import plain_range

BOROUGH_LIMIT = 3
HOME_LIMIT = 5


def _upcoming_query(since):
    return (
        MeetingPage.objects.live()
        .public()
        .filter(end__gte=since)
        .order_by("start")
        .only(
            "id", "title", "url_path", "path", "depth", "locale_id", "alias_of", "start", "end",
            "meeting_format", "venue_name", "status",
        )
    )  # fmt: skip


def _still_upcoming(items: list[dict], limit: int) -> list[dict]:
    now = timezone.now()
    upcoming = [dict(item, when=plain_range(item["start"], item["end"])) for item in items if item["end"] >= now]
    return upcoming[:limit]


def _start_of_today():
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


@hooks.register("engage_borough_sections")
def borough_upcoming_meetings(page, request):
    if not isinstance(page, BoroughPage):
        return None
    today = timezone.localdate().isoformat()

    def compute():
        index = MeetingIndexPage.objects.child_of(page).live().only("id", "url_path", "path", "depth").first()
        if index is None:
            return None
        meetings = _upcoming_query(_start_of_today()).child_of(index)[: BOROUGH_LIMIT * 3]
        return {"index_url": index.url, "meetings": [m.as_list_item() for m in meetings]}

    data = section_data(page, request, "meetings", compute, vary=[today])
    if data is None:
        return None
    return Section(
        "meetings",
        "components/upcoming_meetings.html",
        {
            "heading": "borough",
            "borough": page.title,
            "meetings": _still_upcoming(data["meetings"], BOROUGH_LIMIT),
            "index_url": data["index_url"],
            "feed_url": reverse("meetings:calendar_borough", kwargs={"slug": page.slug}),
        },
    )


@hooks.register("engage_home_sections")
def home_upcoming_meetings(page, request):
    today = timezone.localdate().isoformat()

    def compute():
        meetings = list(_upcoming_query(_start_of_today()).filter(locale_id=page.locale_id)[: HOME_LIMIT * 3])
        prefixes = {m.path[: len(m.path) - 2 * MeetingPage.steplen] for m in meetings}
        boroughs = dict(BoroughPage.objects.filter(path__in=prefixes).values_list("path", "title")) if prefixes else {}
        return [m.as_list_item(boroughs.get(m.path[: len(m.path) - 2 * MeetingPage.steplen], "")) for m in meetings]

    items = section_data(page, request, "meetings", compute, vary=[today])
    return Section(
        "meetings",
        "components/upcoming_meetings.html",
        {
            "heading": "home",
            "meetings": _still_upcoming(items, HOME_LIMIT),
            "feed_url": reverse("meetings:calendar_all"),
        },
    )
