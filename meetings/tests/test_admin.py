"""Editors get clear, field-level errors in the admin, and nothing is half-saved."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from meetings.models import MeetingPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "correct-horse-battery")
    client.force_login(user)
    return client


def london(days: int, hour: int) -> str:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return f"{day.isoformat()} {hour:02d}:00"


def meeting_form(days: int = 7, **overrides) -> dict:
    data = {
        "title": "Ward panel",
        "slug": "ward-panel",
        "introduction": "Come and talk to us.",
        "start": london(days, 18),
        "end": london(days, 20),
        "meeting_format": "ward_panel",
        "venue_name": "Community room",
        "venue_address": "1 Example Street\nLondon",
        "access_information": "",
        "online_url": "",
        "registration_details": "",
        "registration_url": "",
        "status": "scheduled",
        "cancellation_reason": "",
        "writeup_summary": "",
        "attendance": "",
        "attendance_note": "",
        "hosts": inline_formset([{"name": "Sgt Example", "role": "Ward sergeant"}]),
        "concerns": inline_formset([]),
        "questions": inline_formset([]),
        "actions": inline_formset([]),
        "listing_summary": "",
        "social_title": "",
        "social_text": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def add(admin_client, meeting_index, **overrides):
    url = f"/admin/pages/add/meetings/meetingpage/{meeting_index.pk}/"
    return admin_client.post(url, meeting_form(**overrides))


def field_errors(response) -> dict:
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


def test_valid_meeting_is_created(admin_client, meeting_index):
    response = add(admin_client, meeting_index)
    assert response.status_code == 302
    meeting = MeetingPage.objects.get(slug="ward-panel")
    assert [host.name for host in meeting.hosts.all()] == ["Sgt Example"]


def test_end_before_start_is_refused(admin_client, meeting_index):
    response = add(admin_client, meeting_index, end=london(7, 17))
    assert response.status_code == 200
    assert field_errors(response)["end"] == ["The meeting must end after it starts."]
    assert not MeetingPage.objects.filter(slug="ward-panel").exists()


def test_cancelled_without_reason_is_refused(admin_client, meeting_index):
    response = add(admin_client, meeting_index, status="cancelled")
    assert "cancellation_reason" in field_errors(response)
    assert not MeetingPage.objects.exists()


def test_writeup_rows_on_a_future_meeting_are_refused(admin_client, meeting_index):
    response = add(
        admin_client,
        meeting_index,
        concerns=inline_formset([{"text": "Too many e-scooters", "response": ""}]),
    )
    assert response.status_code == 200
    assert "has not taken place yet" in field_errors(response)["start"][0]
    assert not MeetingPage.objects.exists()


def test_writeup_summary_on_a_future_meeting_is_refused(admin_client, meeting_index):
    response = add(admin_client, meeting_index, writeup_summary="It went well.")
    assert "has not taken place yet" in field_errors(response)["writeup_summary"][0]


def test_past_meeting_with_writeup_must_be_marked_as_taken_place(admin_client, meeting_index):
    rows = {"questions": inline_formset([{"question": "Who?", "answer": "Us."}])}
    response = add(admin_client, meeting_index, days=-7, **rows)
    assert "Took place" in field_errors(response)["status"][0]
    response = add(admin_client, meeting_index, days=-7, status="took_place", **rows)
    assert response.status_code == 302
    assert MeetingPage.objects.get().questions.count() == 1
