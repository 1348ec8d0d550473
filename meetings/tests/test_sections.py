"""Upcoming meetings on the borough page and the home page, within their query budgets."""

import datetime

import pytest
from django.utils import timezone

from boroughs.tests.factories import BoroughPageFactory
from meetings.models import MeetingPage
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory

pytestmark = pytest.mark.django_db


def test_borough_page_lists_next_meetings_and_calendar_links(client, borough, meeting_index):
    MeetingPageFactory(parent=meeting_index, title="Past one", start=timezone.now() - datetime.timedelta(days=3))
    MeetingPageFactory(
        parent=meeting_index,
        title="Next one",
        start=timezone.now() + datetime.timedelta(days=1),
        status=MeetingPage.Status.CANCELLED,
        cancellation_reason="Venue closed",
    )
    for days in range(2, 6):
        MeetingPageFactory(
            parent=meeting_index, title=f"Later {days}", start=timezone.now() + datetime.timedelta(days=days)
        )
    html = client.get(borough.url).content.decode()
    assert "Meetings in Hackney" in html
    assert "Past one" not in html
    assert html.index("Next one") < html.index("Later 2") < html.index("Later 3")
    assert "Later 4" not in html  # three at most
    section = html[html.index("Meetings in Hackney") :]
    assert "Cancelled" in section[: section.index("Later 2")]
    assert f'href="{meeting_index.url}"' in html
    assert 'href="webcal://testserver/calendars/hackney.ics"' in html
    assert 'href="/calendars/hackney.ics"' in html


def test_borough_without_meetings_page_shows_no_section(client, borough):
    assert "Meetings in Hackney" not in client.get(borough.url).content.decode()


def test_home_page_lists_upcoming_meetings_across_boroughs(client, home_page, borough_index, meeting_index):
    lambeth = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth")
    MeetingPageFactory(parent=MeetingIndexPageFactory(parent=lambeth), title="South meeting")
    MeetingPageFactory(parent=meeting_index, title="East meeting")
    html = client.get("/en/").content.decode()
    assert "Upcoming police meetings" in html
    assert "South meeting" in html and "(Lambeth)" in html
    assert "East meeting" in html and "(Hackney)" in html
    assert 'href="webcal://testserver/calendars/all.ics"' in html


@pytest.mark.parametrize("count", [3, 30])
def test_borough_and_home_stay_within_budget(client, borough, meeting_index, django_assert_max_num_queries, count):
    for days in range(count):
        MeetingPageFactory(parent=meeting_index, start=timezone.now() + datetime.timedelta(days=days + 1))
    for url in (borough.url, "/en/"):
        client.get(url)
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200
