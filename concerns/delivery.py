"""E-mail about a concern, sent by a background worker, never in the request.

Two messages: an acknowledgement to the resident (only when they gave an e-mail address and
agreed to be contacted) and a notification to the borough team (the borough page's `email`).
Each has a delivery state on the submission; a failure leaves it pending with the error and the
attempt count, and `retry_concern_emails` (or the `retry_pending_concern_emails` task) tries
again. After conf.max_delivery_attempts() failures it is marked failed.

Only validated addresses ever reach a mail header; subjects are our own words and the reference.
The resident's text appears only in the team's message body (plain text, plus an HTML part in
which it is escaped).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.core.baseurl import absolute_url

from . import conf
from .forms import safe_email_address
from .models import ConcernSubmission, Delivery

logger = logging.getLogger("engage.concerns")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _admin_url(submission: ConcernSubmission) -> str:
    return absolute_url(reverse("concerns_admin:detail", args=[submission.pk]))


def acknowledgement(submission: ConcernSubmission) -> EmailMultiAlternatives:
    address = safe_email_address(submission.email)
    borough = submission.borough.title if submission.borough_id and submission.borough else ""
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        context = {"submission": submission, "borough": borough, "retention_days": conf.retention_days()}
        subject = _one_line(_("We have your concern: reference %(reference)s") % {"reference": submission.reference})
        body = render_to_string("concerns/email/acknowledgement.txt", context)
    return EmailMultiAlternatives(subject=subject, body=body, to=[address])


def notification(submission: ConcernSubmission) -> EmailMultiAlternatives:
    borough = submission.borough
    address = safe_email_address(borough.email if borough else "")
    with translation.override(settings.LANGUAGE_CODE):
        context = {"submission": submission, "borough": borough.title, "admin_url": _admin_url(submission)}
        subject = _one_line(
            _("New concern %(reference)s for %(borough)s")
            % {"reference": submission.reference, "borough": borough.title}
        )
        text = render_to_string("concerns/email/notification.txt", context)
        html = render_to_string("concerns/email/notification.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[address])
    message.attach_alternative(html, "text/html")
    return message


def _send(build, submission, connection) -> tuple[str, str]:
    """(new status, error text) for one message."""
    try:
        message = build(submission)
    except ValidationError as error:  # an address that is not safe: never retried
        return Delivery.FAILED, f"{build.__name__}: invalid address ({'; '.join(error.messages)})"
    try:
        message.connection = connection
        message.send(fail_silently=False)
    except Exception as error:
        return Delivery.PENDING, f"{build.__name__}: {type(error).__name__}: {error}"[:1000]
    return Delivery.SENT, ""


def deliver(submission_id: int) -> dict[str, str]:
    """Send whatever is pending for one submission and record the outcome. Never raises for a
    mail failure: the state on the row is the record."""
    with transaction.atomic():
        submission = (
            ConcernSubmission.objects.select_for_update(of=("self",))
            .select_related("borough", "ward", "asb_category", "crime_type")
            .filter(pk=submission_id, is_spam=False)
            .first()
        )
        if submission is None:
            return {}
        pending = {
            "ack_status": (submission.ack_status, acknowledgement),
            "notify_status": (submission.notify_status, notification),
        }
        if not any(status == Delivery.PENDING for status, _build in pending.values()):
            return {}
        errors, outcome = [], {}
        connection = get_connection(fail_silently=False)
        for field, (status, build) in pending.items():
            if status != Delivery.PENDING:
                continue
            new_status, error = _send(build, submission, connection)
            setattr(submission, field, new_status)
            outcome[field] = new_status
            if error:
                errors.append(error)
        submission.delivery_attempts += 1
        submission.last_delivery_at = timezone.now()
        submission.last_delivery_error = "\n".join(errors)
        if submission.delivery_attempts >= conf.max_delivery_attempts():
            for field in pending:
                if getattr(submission, field) == Delivery.PENDING:
                    setattr(submission, field, Delivery.FAILED)
                    outcome[field] = Delivery.FAILED
        submission.save(
            update_fields=[
                "ack_status",
                "notify_status",
                "delivery_attempts",
                "last_delivery_at",
                "last_delivery_error",
            ]
        )
    if errors:
        logger.warning("E-mail for concern %s not delivered yet: %s", submission.reference, "; ".join(errors))
    return outcome


def retry_delay(attempts: int) -> timedelta:
    """Back-off before the next automatic try: 5 minutes after the first failure, doubling, at most 6 hours."""
    return min(timedelta(minutes=5) * 2 ** max(attempts - 1, 0), timedelta(hours=6))


def pending_ids(*, due_only: bool = False) -> list[int]:
    rows = (
        ConcernSubmission.objects.filter(is_spam=False)
        .filter(Q(ack_status=Delivery.PENDING) | Q(notify_status=Delivery.PENDING))
        .order_by("pk")
        .values_list("pk", "delivery_attempts", "last_delivery_at")
    )
    now = timezone.now()
    return [
        pk
        for pk, attempts, last in rows
        if not due_only or last is None or attempts == 0 or now - last >= retry_delay(attempts)
    ]


def retry_pending(*, due_only: bool = False) -> dict[str, int]:
    """Try pending e-mails again (with due_only, only those whose back-off has passed). Returns
    counts of submissions fully delivered and still pending."""
    delivered = still_pending = 0
    for pk in pending_ids(due_only=due_only):
        outcome = deliver(pk)
        if any(status == Delivery.PENDING for status in outcome.values()):
            still_pending += 1
        else:
            delivered += 1
    return {"delivered": delivered, "pending": still_pending}
