"""E-mail: sent by a background task after the commit, never losing or blocking a concern."""

import pytest
from django.core import mail
from django.core.management import call_command

from concerns import delivery
from concerns.models import ConcernSubmission, Delivery
from concerns.tasks import retry_pending_concern_emails

from . import failing_mail
from .factories import ConcernSubmissionFactory

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def smtp_down(settings):
    settings.EMAIL_BACKEND = "concerns.tests.failing_mail.FailingBackend"
    failing_mail.OUTAGE["down"] = True
    yield failing_mail.OUTAGE
    failing_mail.OUTAGE["down"] = True


def test_smtp_failure_stores_the_concern_and_the_retry_delivers_after_recovery(
    client, concern_page, concern_data, smtp_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(concern_page.url, concern_data())
    assert response.status_code == 303  # the resident never sees the outage
    submission = ConcernSubmission.objects.get()
    assert (submission.ack_status, submission.notify_status) == (Delivery.PENDING, Delivery.PENDING)
    assert submission.delivery_attempts == 1
    assert "SMTPConnectError" in submission.last_delivery_error
    assert client.get(response["Location"]).status_code == 200

    call_command("retry_concern_emails", verbosity=0)  # still down: still pending, one more attempt
    submission.refresh_from_db()
    assert submission.ack_status == Delivery.PENDING and submission.delivery_attempts == 2

    smtp_down["down"] = False
    call_command("retry_concern_emails", verbosity=0)
    submission.refresh_from_db()
    assert (submission.ack_status, submission.notify_status) == (Delivery.SENT, Delivery.SENT)
    assert submission.last_delivery_error == ""
    assert len(mail.outbox) == 2

    call_command("retry_concern_emails", verbosity=0)  # nothing pending: nothing sent twice
    assert len(mail.outbox) == 2


def test_the_retry_task_delivers_pending_emails(concern_page, borough, smtp_down):
    submission = ConcernSubmissionFactory(
        page=concern_page, borough=borough, ack_status=Delivery.PENDING, notify_status=Delivery.PENDING
    )
    smtp_down["down"] = False
    result = retry_pending_concern_emails.enqueue()
    assert result.return_value == {"delivered": 1, "pending": 0}
    submission.refresh_from_db()
    assert submission.ack_status == Delivery.SENT


def test_gives_up_after_the_maximum_attempts(concern_page, borough, smtp_down, settings):
    settings.ENGAGE_CONCERN_MAX_DELIVERY_ATTEMPTS = 2
    submission = ConcernSubmissionFactory(page=concern_page, borough=borough, notify_status=Delivery.PENDING)
    delivery.deliver(submission.pk)
    delivery.deliver(submission.pk)
    submission.refresh_from_db()
    assert submission.notify_status == Delivery.FAILED
    assert delivery.pending_ids() == []


def test_spam_is_never_mailed(concern_page, borough):
    submission = ConcernSubmissionFactory(
        page=concern_page, borough=borough, is_spam=True, ack_status=Delivery.PENDING, notify_status=Delivery.PENDING
    )
    assert delivery.deliver(submission.pk) == {}
    assert mail.outbox == []


def test_an_unsafe_address_never_reaches_a_header(concern_page, borough):
    # Even if a bad address got into the database by another route, it is never used.
    submission = ConcernSubmissionFactory(
        page=concern_page,
        borough=borough,
        email="alex@example.org\nBcc: victim@example.org",
        ack_status=Delivery.PENDING,
    )
    delivery.deliver(submission.pk)
    submission.refresh_from_db()
    assert submission.ack_status == Delivery.FAILED
    assert mail.outbox == []


def test_emails_carry_markup_as_text_and_escape_it_in_html(concern_page, borough):
    submission = ConcernSubmissionFactory(
        page=concern_page,
        borough=borough,
        description=HOSTILE,
        location=HOSTILE,
        name=HOSTILE,
        ack_status=Delivery.PENDING,
        notify_status=Delivery.PENDING,
        reference="HAC-2026-000042",
    )
    delivery.deliver(submission.pk)
    ack, notify = sorted(mail.outbox, key=lambda m: m.to[0] != submission.email)
    # Headers hold only our words, the reference and validated addresses.
    for message in (ack, notify):
        assert "\n" not in message.subject and "<" not in message.subject
        assert "HAC-2026-000042" in message.subject
    assert ack.to == [submission.email] and notify.to == [borough.email]
    assert HOSTILE not in ack.body  # the acknowledgement repeats nothing the resident typed
    assert ack.alternatives == []
    assert HOSTILE in notify.body  # plain text: inert
    html = notify.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    # The resident's contact details stay in Engage.
    assert submission.email not in notify.body and submission.phone not in notify.body


def test_a_borough_without_email_needs_no_notification(client, concern_page, concern_data, borough):
    borough.email = ""
    borough.save()
    client.post(concern_page.url, concern_data())
    assert ConcernSubmission.objects.get().notify_status == Delivery.NOT_NEEDED
