"""Demo meetings: a meetings page for every borough, the two past Community Crime-Fighting
meetings with their write-ups, and upcoming meetings dated from the day the demo is loaded
(so "upcoming" is never empty), one of them cancelled."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Page

from advice.models import AsbCategory, CrimeType
from boroughs.models import BoroughIndexPage, BoroughPage
from meetings.models import MeetingAction, MeetingConcern, MeetingHost, MeetingIndexPage, MeetingPage, MeetingQuestion
from meetings.when import LONDON

from .base import DemoLog, child_page
from .base import data as demo_data


def _at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), tzinfo=LONDON)


def _priorities(borough: BoroughPage) -> dict[str, Page]:
    """The borough's local priorities by slug, under its "You said, we did" page (if loaded)."""
    index = Page.objects.child_of(borough).filter(slug="you-said-we-did").first()
    if index is None:
        return {}
    return {page.slug: page for page in Page.objects.child_of(index)}


def _meeting_fields(data: dict, start: datetime, end: datetime) -> dict:
    return {
        "title": data["title"],
        "introduction": data["introduction"],
        "listing_summary": data["introduction"],
        "start": start,
        "end": end,
        "meeting_format": data["format"],
        "online_url": data.get("online_url", ""),
        "venue_name": data.get("venue_name", ""),
        "venue_address": data.get("venue_address", ""),
        "access_information": data.get("access_information", ""),
        "registration_details": data.get("registration", data.get("registration_details", "")),
        "registration_url": data.get("registration_url", ""),
        "hosts": [MeetingHost(name=name, role=role, sort_order=i) for i, (name, role) in enumerate(data["hosts"])],
    }


def load_meetings(home: Page, log: DemoLog) -> None:
    index = BoroughIndexPage.objects.child_of(home).first()
    if index is None:
        return
    locale = index.locale
    asb = {c.slug: c for c in AsbCategory.objects.filter(locale=locale)}
    crime = {c.slug: c for c in CrimeType.objects.filter(locale=locale)}
    boroughs = {b.slug: b for b in BoroughPage.objects.child_of(index).order_by("path")}
    content = demo_data("meetings")

    created = 0
    indexes: dict[str, MeetingIndexPage] = {}
    for slug, borough in boroughs.items():
        indexes[slug], was_created = child_page(
            borough,
            MeetingIndexPage,
            "meetings",
            title="Meetings",
            introduction=f"Public meetings, ward panels and street briefings with the {borough.title} neighbourhood teams, and what was said at past meetings.",
            listing_summary=f"Meet the police in {borough.title}.",
        )
        created += was_created
    log.step("Meeting pages", created, len(indexes))

    created = total = 0
    for data in content["past_meetings"]:
        if data["borough"] not in indexes:
            continue
        day = date.fromisoformat(data["date"])
        priorities = _priorities(boroughs[data["borough"]])
        _page, was_created = child_page(
            indexes[data["borough"]],
            MeetingPage,
            data["slug"],
            **_meeting_fields(data, _at(day, data["start"]), _at(day, data["end"])),
            status=MeetingPage.Status.TOOK_PLACE,
            writeup_summary=data["summary"],
            attendance_note=data["attendance_note"],
            concerns=[
                MeetingConcern(
                    text=c["text"],
                    response=c["response"],
                    sort_order=i,
                    asb_categories=[asb[s] for s in c["asb"] if s in asb],
                    crime_types=[crime[s] for s in c["crime"] if s in crime],
                )
                for i, c in enumerate(data["concerns"])
            ],
            questions=[
                MeetingQuestion(question=q, answer=a, sort_order=i) for i, (q, a) in enumerate(data["questions"])
            ],
            actions=[
                MeetingAction(text=text, priority=priorities.get(priority_slug), sort_order=i)
                for i, (text, priority_slug) in enumerate(data["actions"])
            ],
        )
        created += was_created
        total += 1

    today = timezone.localdate()
    for data in content["upcoming_meetings"]:
        if data["borough"] not in indexes:
            continue
        day = today + timedelta(days=data["days"])
        cancelled = data.get("cancelled", "")
        _page, was_created = child_page(
            indexes[data["borough"]],
            MeetingPage,
            data["slug"],
            **_meeting_fields(data, _at(day, data["start"]), _at(day, data["end"])),
            status=MeetingPage.Status.CANCELLED if cancelled else MeetingPage.Status.SCHEDULED,
            cancellation_reason=cancelled,
        )
        created += was_created
        total += 1
    log.step("Meetings", created, total)
