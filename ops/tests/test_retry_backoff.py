"""Failed concern e-mails are retried by the scheduler automatically, with back-off."""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.utils import timezone

from concerns.delivery import retry_delay
from concerns.models import ConcernSubmission, Delivery
from concerns.tests import failing_mail
from ops import scheduler

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_down(settings):
    settings.EMAIL_BACKEND = "concerns.tests.failing_mail.FailingBackend"
    failing_mail.OUTAGE["down"] = True
    yield failing_mail.OUTAGE
    failing_mail.OUTAGE["down"] = True


def test_back_off_doubles_up_to_six_hours():
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=5), timedelta(minutes=10), timedelta(minutes=20)]
    assert retry_delay(20) == timedelta(hours=6)


def test_the_scheduled_retry_sends_failed_emails_once_their_back_off_has_passed(
    client, concern_page, concern_data, smtp_down, django_capture_on_commit_callbacks
):
    job = django_settings.ENGAGE_SCHEDULE["retry-concern-emails"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(concern_page.url, concern_data())
    assert response.status_code == 303
    submission = ConcernSubmission.objects.get()
    assert submission.delivery_attempts == 1 and submission.notify_status == Delivery.PENDING

    smtp_down["down"] = False
    # Straight after the failure the back-off (5 minutes) has not passed: nothing is sent yet.
    assert scheduler.run_job("retry-concern-emails", job["command"]) == "ran"
    submission.refresh_from_db()
    assert submission.delivery_attempts == 1 and mail.outbox == []

    ConcernSubmission.objects.update(last_delivery_at=timezone.now() - timedelta(minutes=6))
    assert scheduler.run_job("retry-concern-emails", job["command"], timezone.now() + timedelta(minutes=5)) == "ran"
    submission.refresh_from_db()
    assert (submission.ack_status, submission.notify_status) == (Delivery.SENT, Delivery.SENT)
    assert len(mail.outbox) == 2
