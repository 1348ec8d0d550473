"""Retention: only expired records lose their personal details; a dry run changes nothing."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from concerns.models import ERASED, ConcernNote, ConcernSubmission, SurveyResponse
from concerns.tasks import erase_expired_concerns

from .factories import ConcernSubmissionFactory, SurveyResponseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(concern_page, survey_page, borough, settings):
    settings.ENGAGE_CONCERN_RETENTION_DAYS = 30
    now = timezone.now()
    old = ConcernSubmissionFactory(
        page=concern_page, borough=borough, submit_time=now - timedelta(days=31), form_data={"extra": "my flat no."}
    )
    fresh = ConcernSubmissionFactory(page=concern_page, borough=borough, submit_time=now - timedelta(days=29))
    ConcernNote.objects.create(submission=old, text="Called Mrs X at home.")
    ConcernNote.objects.create(submission=fresh, text="Fresh note.")
    old_response = SurveyResponseFactory(
        page=survey_page, submit_time=now - timedelta(days=40), comment="I live at 1 Road"
    )
    fresh_response = SurveyResponseFactory(page=survey_page, submit_time=now - timedelta(days=1), comment="Keep me")
    return old, fresh, old_response, fresh_response


def test_dry_run_changes_nothing(records, capsys):
    call_command("erase_expired_concerns", "--dry-run")
    assert "would erase 1 concern(s) and 1 survey response(s)" in capsys.readouterr().out
    old = ConcernSubmission.objects.get(pk=records[0].pk)
    assert old.name and old.email and old.erased_at is None


def test_erases_only_expired_records(records):
    old, fresh, old_response, fresh_response = records
    call_command("erase_expired_concerns", verbosity=0)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.name, old.email, old.phone) == ("", "", "")
    assert old.description == ERASED and old.location == ERASED and old.form_data == {}
    assert old.erased_at is not None
    assert old.reference and old.borough_id  # what remains still counts
    assert ConcernNote.objects.get(submission=old).text == ERASED
    assert fresh.name and fresh.email and fresh.description != ERASED and fresh.erased_at is None
    assert ConcernNote.objects.get(submission=fresh).text == "Fresh note."
    assert SurveyResponse.objects.get(pk=old_response.pk).comment == ERASED
    assert SurveyResponse.objects.get(pk=fresh_response.pk).comment == "Keep me"


def test_second_run_finds_nothing_and_the_task_works(records):
    assert erase_expired_concerns.enqueue().return_value == {"concerns": 1, "survey_responses": 1}
    assert erase_expired_concerns.enqueue().return_value == {"concerns": 0, "survey_responses": 0}
