"""Every calendar file and feed parses with `icalendar`, in London time, with a VTIMEZONE."""

import datetime

import icalendar
import pytest
from django.core.cache import cache

from boroughs.tests.factories import BoroughPageFactory
from meetings.models import MeetingPage
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory
from meetings.when import LONDON

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "public" in response["Cache-Control"] and "max-age=900" in response["Cache-Control"]
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/London"]
    return calendar


def events_by_summary(calendar) -> dict:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_vtimezone_gives_gmt_in_winter_and_bst_in_summer(client, meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    calendar = parse(client.get(meeting.calendar_url))
    tz = calendar.walk("VTIMEZONE")[0].to_tz()
    assert datetime.datetime(2030, 1, 15, 12, tzinfo=tz).utcoffset() == datetime.timedelta(0)
    assert datetime.datetime(2030, 7, 15, 12, tzinfo=tz).utcoffset() == datetime.timedelta(hours=1)
    # The switch: last Sunday in March 2030 is the 31st
    assert datetime.datetime(2030, 3, 30, 12, tzinfo=tz).utcoffset() == datetime.timedelta(0)
    assert datetime.datetime(2030, 3, 31, 12, tzinfo=tz).utcoffset() == datetime.timedelta(hours=1)


def test_single_meeting_download(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        title="Summer ward panel",
        start=datetime.datetime(2030, 7, 2, 18, 30, tzinfo=LONDON),
        end=datetime.datetime(2030, 7, 2, 20, 0, tzinfo=LONDON),
        venue_name="Community room",
        venue_address="1 Example Street\nLondon",
    )
    response = client.get(meeting.calendar_url)
    assert response["Content-Disposition"] == f'attachment; filename="{meeting.slug}.ics"'
    calendar = parse(response)
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event["DTEND"].params["TZID"] == "Europe/London"
    assert event["DTSTART"].to_ical() == b"20300702T183000"
    assert event.decoded("DTSTART") == datetime.datetime(2030, 7, 2, 17, 30, tzinfo=datetime.UTC)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(minutes=90)
    assert str(event["SUMMARY"]) == "Summer ward panel (Hackney)"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Community room, 1 Example Street, London"
    assert str(event["URL"]).endswith(meeting.url)
    assert str(event["UID"]) == f"meeting-{meeting.translation_key}@testserver"
    assert "DTSTAMP" in event


def test_unpublished_or_unknown_meeting_is_not_found(client, meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.unpublish()
    assert client.get(meeting.calendar_url).status_code == 404
    assert client.get("/calendars/meetings/999999.ics").status_code == 404


def test_borough_feed_keeps_cancelled_meetings_and_leaves_out_other_boroughs(client, borough_index, borough):
    index = MeetingIndexPageFactory(parent=borough)
    MeetingPageFactory(parent=index, title="Going ahead")
    MeetingPageFactory(
        parent=index, title="Called off", status=MeetingPage.Status.CANCELLED, cancellation_reason="Venue closed"
    )
    other = MeetingIndexPageFactory(parent=BoroughPageFactory(parent=borough_index, slug="lambeth", title="Lambeth"))
    MeetingPageFactory(parent=other, title="Elsewhere")
    response = client.get("/calendars/hackney.ics")
    assert response["Content-Disposition"].startswith("inline;")
    calendar = parse(response)
    assert str(calendar["X-WR-CALNAME"]) == "Hackney police meetings"
    events = events_by_summary(calendar)
    assert set(events) == {"Going ahead (Hackney)", "Cancelled: Called off (Hackney)"}
    assert str(events["Going ahead (Hackney)"]["STATUS"]) == "CONFIRMED"
    cancelled = events["Cancelled: Called off (Hackney)"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert "Venue closed" in str(cancelled["DESCRIPTION"])
    for event in events.values():
        assert event["DTSTART"].params["TZID"] == "Europe/London"


def test_all_boroughs_feed_names_each_borough(client, borough_index, borough):
    MeetingPageFactory(parent=MeetingIndexPageFactory(parent=borough), title="East")
    lambeth = BoroughPageFactory(parent=borough_index, slug="lambeth", title="Lambeth")
    MeetingPageFactory(parent=MeetingIndexPageFactory(parent=lambeth), title="South")
    calendar = parse(client.get("/calendars/all.ics"))
    assert set(events_by_summary(calendar)) == {"East (Hackney)", "South (Lambeth)"}


def test_unknown_borough_feed_is_404(client, borough):
    assert client.get("/calendars/atlantis.ics").status_code == 404


def test_feed_follows_content_changes(client, meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index, title="Before")
    assert "Before (Hackney)" in events_by_summary(parse(client.get("/calendars/hackney.ics")))
    meeting.title = "After"
    meeting.save_revision().publish()
    assert set(events_by_summary(parse(client.get("/calendars/hackney.ics")))) == {"After (Hackney)"}


@pytest.mark.parametrize("count", [3, 30])
def test_feed_query_budget_is_constant(client, borough_index, meeting_index, django_assert_max_num_queries, count):
    for _ in range(count):
        MeetingPageFactory(parent=meeting_index)
    cache.clear()
    with django_assert_max_num_queries(8):
        parse(client.get("/calendars/hackney.ics"))
    with django_assert_max_num_queries(8):
        parse(client.get("/calendars/all.ics"))
    with django_assert_max_num_queries(2):  # warm: served from the cache
        parse(client.get("/calendars/hackney.ics"))
