import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale

from advice.tests.factories import AsbCategoryFactory, CrimeTypeFactory
from boroughs.models import BoroughPage
from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory
from meetings.models import MeetingIndexPage, MeetingPage
from meetings.templatetags.meeting_tags import json_ld_string
from meetings.tests.factories import (
    MeetingActionFactory,
    MeetingConcernFactory,
    MeetingHostFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    MeetingQuestionFactory,
)
from meetings.when import LONDON, plain_range

pytestmark = pytest.mark.django_db


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


def test_times_in_plain_words():
    assert plain_range(london(2025, 12, 9, 18, 30), london(2025, 12, 9, 20, 30)) == (
        "Tuesday 9 December 2025, 6:30pm to 8:30pm"
    )
    # Stored in UTC, shown in London summer time; midday and midnight in words
    start = datetime.datetime(2026, 7, 1, 11, 0, tzinfo=datetime.UTC)
    assert plain_range(start, start + datetime.timedelta(hours=1)) == "Wednesday 1 July 2026, midday to 1pm"
    assert plain_range(london(2026, 3, 6, 22, 0), london(2026, 3, 7, 0, 0)) == (
        "Friday 6 March 2026, 10pm to Saturday 7 March 2026, midnight"
    )


def test_tree_rules(borough, meeting_index):
    assert MeetingIndexPage.parent_page_types == ["boroughs.BoroughPage"]
    assert MeetingIndexPage.subpage_types == ["meetings.MeetingPage"]
    assert MeetingPage.parent_page_types == ["meetings.MeetingIndexPage"]
    assert MeetingPage.subpage_types == []
    assert MeetingPage.is_article
    assert MeetingIndexPage in BoroughPage.allowed_subpage_models()
    assert not MeetingIndexPage.can_create_at(borough)  # one per borough
    assert MeetingPage.can_create_at(meeting_index)
    assert not MeetingPage.can_create_at(borough)


def test_upcoming_meeting_page_shows_when_where_and_how_to_come(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        title="Vauxhall ward panel",
        start=london(2030, 1, 8, 19, 0),
        end=london(2030, 1, 8, 20, 30),
        meeting_format=MeetingPage.Format.WARD_PANEL,
        venue_name="Vauxhall community room",
        venue_address="2 Example Walk\nLondon\nSE11 5XX",
        access_information="Step-free access by the side entrance",
        registration_details="Email the team to say you are coming.",
    )
    MeetingHostFactory(page=meeting, name="Sgt Example", role="Ward sergeant")
    html = client.get(meeting.url).content.decode()
    assert "Tuesday 8 January 2030, 7pm to 8:30pm" in html
    assert "Ward panel" in html
    assert "<bdi>2 Example Walk</bdi><br><bdi>London</bdi><br><bdi>SE11 5XX</bdi>" in html  # isolated (bidi)
    assert "Step-free access by the side entrance" in html
    assert "Sgt Example, Ward sergeant" in html
    assert "Email the team to say you are coming." in html
    assert f'href="/calendars/meetings/{meeting.pk}.ics"' in html
    assert 'href="webcal://testserver/calendars/hackney.ics"' in html
    assert "What happened at the meeting" not in html


def test_online_meeting_links_to_join(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        meeting_format=MeetingPage.Format.ONLINE,
        online_url="https://meet.example.org/abc",
        venue_name="",
        venue_address="",
    )
    html = client.get(meeting.url).content.decode()
    assert '<a href="https://meet.example.org/abc">Join the meeting online</a>' in html


def test_cancelled_meeting_says_why(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index, status=MeetingPage.Status.CANCELLED, cancellation_reason="The venue flooded."
    )
    html = client.get(meeting.url).content.decode()
    assert "This meeting is cancelled." in html
    assert "The venue flooded." in html
    assert "How to come" not in html


def test_writeup_shows_ranked_tagged_concerns_answers_and_actions_linked_to_priorities(client, borough, meeting_index):
    priorities = PriorityIndexPageFactory(parent=borough)
    priority = PriorityPageFactory(parent=priorities, title="Illegal e-scooters")
    meeting = MeetingPageFactory(parent=meeting_index, past=True, attendance=120, attendance_note="Full to capacity")
    asb = AsbCategoryFactory(name="Vehicle nuisance")
    crime = CrimeTypeFactory(name="Robbery")
    MeetingConcernFactory(page=meeting, text="Second concern", sort_order=2)
    MeetingConcernFactory(page=meeting, text="Top concern", sort_order=1, asb_categories=[asb], crime_types=[crime])
    MeetingQuestionFactory(page=meeting, question="Who do you work with?", answer="Local charities.")
    MeetingActionFactory(page=meeting, text="Target e-scooter hot spots", priority=priority)
    html = client.get(meeting.url).content.decode()
    assert "What happened at the meeting" in html
    assert "120 people" in html and "Full to capacity" in html
    assert html.index("Top concern") < html.index("Second concern")
    top = html[html.index("Top concern") : html.index("Second concern")]
    assert "Vehicle nuisance" in top and "Robbery" in top
    assert "Who do you work with?" in html and "Local charities." in html
    assert f'<a href="{priority.url}">Local priority: Illegal e-scooters</a>' in html
    # ...and the priority knows the meeting (the reverse relation its page shows)
    assert [action.page_id for action in priority.meeting_actions.all()] == [meeting.pk]


def test_index_lists_upcoming_first_then_past_paginated(client, meeting_index):
    soon = MeetingPageFactory(
        parent=meeting_index, title="Soon meeting", start=timezone.now() + datetime.timedelta(days=2)
    )
    later = MeetingPageFactory(
        parent=meeting_index, title="Later meeting", start=timezone.now() + datetime.timedelta(days=9)
    )
    for days in range(1, 13):
        MeetingPageFactory(
            parent=meeting_index, title=f"Past {days:02d}", start=timezone.now() - datetime.timedelta(days=days * 7)
        )
    html = client.get(meeting_index.url).content.decode()
    assert html.index(soon.title) < html.index(later.title) < html.index("Past 01") < html.index("Past 10")
    assert "Past 11" not in html
    assert "Page 1 of 2" in html
    page_two = client.get(meeting_index.url + "?page=2").content.decode()
    assert "Past 11" in page_two and "Past 12" in page_two
    assert "Soon meeting" not in page_two
    assert client.get(meeting_index.url + "?page=banana").status_code == 200


def test_json_ld_is_a_schema_org_event(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        start=london(2030, 7, 2, 18, 30),
        end=london(2030, 7, 2, 20, 0),
        venue_name="Ark Example Academy",
        venue_address="Shakespeare Road\nLondon\nSE24 0QN",
    )
    html = client.get(meeting.url).content.decode()
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    import json

    data = json.loads(html[start : html.index("</script>", start)])
    assert data["@type"] == "Event"
    assert data["startDate"] == "2030-07-02T18:30:00+01:00"  # summer: BST offset
    assert data["endDate"] == "2030-07-02T20:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["postalCode"] == "SE24 0QN"
    assert data["organizer"]["name"] == "Hackney neighbourhood policing team"
    assert data["organizer"]["url"].endswith("/en/your-area/hackney/")
    assert data["url"].endswith(meeting.url)


def test_json_ld_for_a_cancelled_online_meeting(meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        meeting_format=MeetingPage.Format.ONLINE,
        online_url="https://meet.example.org/x",
        status=MeetingPage.Status.CANCELLED,
        cancellation_reason="Illness",
    )
    data = meeting.structured_data()
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}


def test_json_ld_cannot_close_its_script_element(client, meeting_index):
    hostile = "</script><script>alert(1)</script><!--"
    meeting = MeetingPageFactory(parent=meeting_index, title=hostile, introduction=hostile)
    html = client.get(meeting.url).content.decode()
    script = html[html.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<script>" not in script and "<!--" not in script
    assert "\\u003C/script\\u003E" in json_ld_string({"x": hostile})


# Validation ---------------------------------------------------------------------------------


def errors_for(meeting) -> dict:
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    return error.value.message_dict


def test_end_must_be_after_start(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.end = meeting.start - datetime.timedelta(minutes=30)
    assert "The meeting must end after it starts." in errors_for(meeting)["end"]


def test_cancelled_meeting_needs_a_reason(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.status = MeetingPage.Status.CANCELLED
    meeting.cancellation_reason = "  "
    assert "cancellation_reason" in errors_for(meeting)


def test_future_meeting_cannot_have_a_writeup_or_have_taken_place(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.writeup_summary = "It went well."
    meeting.attendance = 40
    errors = errors_for(meeting)
    assert "has not taken place yet" in errors["writeup_summary"][0]
    assert "attendance" in errors
    meeting.writeup_summary, meeting.attendance = "", None
    meeting.status = MeetingPage.Status.TOOK_PLACE
    assert "status" in errors_for(meeting)


def test_venue_or_link_is_required(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.venue_name = ""
    assert "venue_name" in errors_for(meeting)
    meeting.meeting_format = MeetingPage.Format.ONLINE
    assert "online_url" in errors_for(meeting)


# Query budgets -------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 30])
def test_meeting_page_query_budget_is_constant(client, borough, meeting_index, django_assert_max_num_queries, count):
    priorities = PriorityIndexPageFactory(parent=borough)
    meeting = MeetingPageFactory(parent=meeting_index, past=True)
    asb, crime = AsbCategoryFactory(), CrimeTypeFactory()
    for i in range(count):
        MeetingHostFactory(page=meeting)
        MeetingConcernFactory(page=meeting, asb_categories=[asb], crime_types=[crime])
        MeetingQuestionFactory(page=meeting)
        MeetingActionFactory(page=meeting, priority=PriorityPageFactory(parent=priorities, title=f"Priority {i}"))
    client.get(meeting.url)
    with django_assert_max_num_queries(12):
        response = client.get(meeting.url)
    assert response.status_code == 200
    assert response.content.decode().count("Local priority: Priority") == count


@pytest.mark.parametrize("count", [3, 30])
def test_meeting_index_query_budget_is_constant(client, meeting_index, django_assert_max_num_queries, count):
    for days in range(count):
        MeetingPageFactory(parent=meeting_index, start=timezone.now() + datetime.timedelta(days=days + 1))
        MeetingPageFactory(parent=meeting_index, start=timezone.now() - datetime.timedelta(days=days + 1))
    client.get(meeting_index.url)
    with django_assert_max_num_queries(12):
        response = client.get(meeting_index.url)
    assert response.status_code == 200


def test_second_meeting_index_cannot_be_added(borough, meeting_index):
    assert MeetingIndexPageFactory._meta.model.objects.child_of(borough).count() == 1
    assert not MeetingIndexPage.can_create_at(borough)


def test_a_priority_lists_each_meeting_once_in_its_own_language(borough, meeting_index):
    """The meeting's copies in other languages keep its actions: the English priority still lists
    the meeting once, and the Polish priority lists the Polish copy."""
    priorities = PriorityIndexPageFactory(parent=borough)
    priority = PriorityPageFactory(parent=priorities, title="Illegal e-scooters")
    meeting = MeetingPageFactory(parent=meeting_index, past=True)
    MeetingActionFactory(page=meeting, text="Target e-scooter hot spots", priority=priority)
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    meeting_pl = meeting.copy_for_translation(polish, copy_parents=True, alias=True)
    priority_pl = priority.copy_for_translation(polish, copy_parents=True, alias=True).specific
    assert [m.pk for m in priority.get_raised_at()] == [meeting.pk]
    assert [m.pk for m in priority_pl.get_raised_at()] == [meeting_pl.pk]
