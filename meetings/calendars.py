"""Calendar export (RFC 5545), built with the `icalendar` library.

- One meeting:        /calendars/meetings/<page id>.ics (live, public meetings only)
- One borough's feed: /calendars/<borough-slug>.ics
- Every borough:      /calendars/all.ics

Times are written with TZID=Europe/London and the calendar carries a matching VTIMEZONE built
from the UK's rules (last Sunday of March and of October, since 1996). Cancelled meetings stay in
the feeds with STATUS:CANCELLED, so subscribers' calendars update rather than silently losing
the event. UIDs come from the page's translation key, so they are stable across edits, moves
and translations. Feeds are cached for 15 minutes by browsers and proxies, and on the server
until content changes (keys include the date so the window of past meetings rolls over).
"""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Locale

from boroughs.models import BoroughPage
from cms.core.baseurl import absolute_url
from cms.core.cache import cached

from .models import MeetingPage
from .when import LONDON

MAX_AGE = 15 * 60
PAST_DAYS = 183  # feeds keep about six months of past meetings, with their write-ups linked
CONTENT_TYPE = "text/calendar; charset=utf-8"


def london_vtimezone() -> icalendar.Timezone:
    """Europe/London: GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday in March
    to 01:00 UTC on the last Sunday in October."""
    tz = icalendar.Timezone()
    tz.add("tzid", "Europe/London")
    tz.add("x-lic-location", "Europe/London")
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "BST")
    daylight.add("tzoffsetfrom", timedelta(hours=0))
    daylight.add("tzoffsetto", timedelta(hours=1))
    daylight.add("dtstart", datetime(1996, 3, 31, 1, 0, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "GMT")
    standard.add("tzoffsetfrom", timedelta(hours=1))
    standard.add("tzoffsetto", timedelta(hours=0))
    standard.add("dtstart", datetime(1996, 10, 27, 2, 0, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def _uid_domain() -> str:
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "engage.example.org"


def new_calendar(name: str, description: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Engage//Neighbourhood meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    if description:
        calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    calendar.add_component(london_vtimezone())
    return calendar


def meeting_event(meeting: MeetingPage, borough_title: str | None = None) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"meeting-{meeting.translation_key}@{_uid_domain()}")
    event.add("dtstamp", (meeting.last_published_at or timezone.now()).astimezone(UTC))
    if meeting.last_published_at:
        event.add("last-modified", meeting.last_published_at.astimezone(UTC))
    event.add("dtstart", meeting.start.astimezone(LONDON))
    event.add("dtend", meeting.end.astimezone(LONDON))
    title = meeting.title if not borough_title else f"{meeting.title} ({borough_title})"
    if meeting.is_cancelled:
        title = _("Cancelled: %(title)s") % {"title": title}
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    event.add("summary", title)
    url = absolute_url(meeting.url) if meeting.url else ""
    description = [meeting.introduction]
    if meeting.is_cancelled:
        description.append(_("Cancelled: %(reason)s") % {"reason": meeting.cancellation_reason})
    if meeting.registration_details:
        description.append(meeting.registration_details)
    if meeting.registration_url:
        description.append(_("Register: %(url)s") % {"url": meeting.registration_url})
    if url:
        description.append(url)
    event.add("description", "\n\n".join(part for part in description if part))
    event.add("location", meeting.location_text())
    if url:
        event.add("url", url)
    event.add("transp", "OPAQUE")
    return event


def _response(body: bytes, filename: str, attachment: bool) -> HttpResponse:
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def meeting_calendar_response(meeting: MeetingPage) -> HttpResponse:
    """One meeting as a downloadable .ics file."""
    borough = meeting.borough
    calendar = new_calendar(meeting.title)
    calendar.add_component(meeting_event(meeting, borough["title"] if borough else None))
    return _response(calendar.to_ical(), f"{meeting.slug}.ics", attachment=True)


def meeting_calendar(request, page_id: int) -> HttpResponse:
    # A number beyond a database integer is no page (SQLite raises OverflowError on it).
    meeting = MeetingPage.objects.live().public().filter(pk=page_id).first() if page_id < 2**63 else None
    if meeting is None:
        raise Http404(_("No published meeting has that number."))
    return meeting_calendar_response(meeting)


def _feed_meetings(borough: BoroughPage | None, locale: Locale):
    since = timezone.now() - timedelta(days=PAST_DAYS)
    meetings = MeetingPage.objects.live().public().filter(locale=locale, end__gte=since).order_by("start")
    if borough is not None:
        meetings = meetings.descendant_of(borough)
    return meetings.defer_streamfields()


def build_feed(borough: BoroughPage | None, locale: Locale) -> bytes:
    if borough is not None:
        calendar = new_calendar(
            _("%(borough)s police meetings") % {"borough": borough.title},
            _("Meetings with the %(borough)s neighbourhood policing teams.") % {"borough": borough.title},
        )
        for meeting in _feed_meetings(borough, locale):
            calendar.add_component(meeting_event(meeting, borough.title))
        return calendar.to_ical()
    calendar = new_calendar(
        _("London police meetings"), _("Meetings with neighbourhood policing teams in every London borough.")
    )
    meetings = list(_feed_meetings(None, locale))
    boroughs = {
        b.path: b.title
        for b in BoroughPage.objects.filter(locale=locale).only("id", "path", "title", "depth", "url_path")
    }
    for meeting in meetings:
        # A meeting sits two levels below its borough (borough > meetings > meeting).
        prefix = meeting.path[: len(meeting.path) - 2 * MeetingPage.steplen]
        calendar.add_component(meeting_event(meeting, boroughs.get(prefix)))
    return calendar.to_ical()


def _default_locale() -> Locale:
    return cached("locale:default", Locale.get_default)


def _borough_ids(locale: Locale) -> dict[str, int]:
    return cached(
        f"meetings:borough-slugs:{locale.pk}",
        lambda: dict(BoroughPage.objects.live().public().filter(locale=locale).values_list("slug", "pk")),
    )


def borough_feed(request, slug: str) -> HttpResponse:
    """Every meeting of one borough (past six months and all to come), to subscribe to."""
    locale = _default_locale()
    borough_id = _borough_ids(locale).get(slug)
    if borough_id is None:  # nothing is cached for unknown names
        raise Http404(_("No borough has that name."))
    today = timezone.localdate().isoformat()
    body = cached(f"meetings:feed:{slug}:{today}", lambda: build_feed(BoroughPage.objects.get(pk=borough_id), locale))
    return _response(body, f"{slug}-police-meetings.ics", attachment=False)


def all_boroughs_feed(request) -> HttpResponse:
    locale = _default_locale()
    today = timezone.localdate().isoformat()
    body = cached(f"meetings:feed:all:{today}", lambda: build_feed(None, locale))
    return _response(body, "london-police-meetings.ics", attachment=False)
