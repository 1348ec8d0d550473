"""Fan-out and sending, run by background tasks (django-tasks), never in the request.

1. `fan_out(alert_id)` walks the matching subscribers in keyset batches (`pk > last`, never a list
   of everyone in memory), creates one `Delivery` row per recipient (unique on alert and
   subscriber; `ignore_conflicts`, so a retried fan-out adds nothing) and enqueues one
   `send_alert_batch` task per batch.
2. `send_batch(alert_id, first, last)` sends that batch's pending rows over one SMTP connection.
   Each row is claimed in its own short transaction (`select_for_update(skip_locked)` where the
   database has it) and marked sent in that transaction, so two workers never both send a row
   and a retried task sends only what is still pending.
3. A failure keeps the row pending with the error, the attempt count and a backoff
   (`next_attempt_at`); `send_pending_alerts` (every minute, ENGAGE_SCHEDULE) retries due rows. A
   refused recipient, or too many attempts, marks the row failed: the permanent record.
"""

import contextlib
import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import compose, matching
from .models import Alert, Delivery, Subscriber

logger = logging.getLogger("engage.alerts")

BATCH_SIZE = 500


def batch_size() -> int:
    return int(getattr(settings, "ENGAGE_ALERTS_BATCH_SIZE", BATCH_SIZE))


def max_attempts() -> int:
    return int(getattr(settings, "ENGAGE_ALERTS_MAX_ATTEMPTS", 8))


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes, at most six hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def _enqueue_batch(alert_id: int, first: int, last: int) -> None:
    from .tasks import send_alert_batch

    try:
        send_alert_batch.enqueue(alert_id, first, last)
    except Exception:
        logger.exception(
            "Could not queue alert %s batch %s-%s; send_pending_alerts will send it.", alert_id, first, last
        )


def fan_out(alert_id: int) -> int:
    """Create the delivery rows of an immediate alert and queue their sending. Returns rows created."""
    alert = Alert.objects.filter(pk=alert_id, send_immediately=True).first()
    if alert is None:
        return 0
    subscribers = matching.subscribers_for_alert(alert).order_by("pk")
    size, last, created = batch_size(), 0, 0
    while True:
        rows = list(subscribers.filter(pk__gt=last).values_list("pk", "language")[:size])
        if not rows:
            break
        Delivery.objects.bulk_create(
            [Delivery(alert_id=alert.pk, subscriber_id=pk, language=language) for pk, language in rows],
            ignore_conflicts=True,
            batch_size=size,
        )
        created += len(rows)
        first, last = rows[0][0], rows[-1][0]
        _enqueue_batch(alert.pk, first, last)
    Alert.objects.filter(pk=alert.pk).update(
        fanned_out=True, recipients=Delivery.objects.filter(alert_id=alert.pk).count()
    )
    return created


def _permanent(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


def _connection_lost(error: Exception) -> bool:
    return isinstance(
        error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError | ConnectionError | OSError
    ) and not isinstance(error, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused)


def send_rows(queryset) -> dict[str, int]:
    """Send the pending rows of `queryset` (deliveries), one claimed row at a time."""
    counts = {"sent": 0, "failed": 0, "pending": 0}
    contents: dict[tuple[int, str], compose.Content] = {}
    alerts: dict[int, Alert] = {}
    connection = get_connection(fail_silently=False)
    ids = list(queryset.filter(status=Delivery.Status.PENDING).order_by("pk").values_list("pk", flat=True))
    try:
        connection.open()
    except Exception as error:
        logger.warning("SMTP connection failed, %d alert e-mails stay pending: %s", len(ids), error)
        Delivery.objects.filter(pk__in=ids).update(error=f"{type(error).__name__}: {error}"[:1000])
        counts["pending"] = len(ids)
        return counts
    try:
        for index, pk in enumerate(ids):
            with transaction.atomic():
                delivery = (
                    Delivery.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("subscriber")
                    .filter(pk=pk, status=Delivery.Status.PENDING)
                    .first()
                )
                if delivery is None:
                    continue
                subscriber = delivery.subscriber
                if subscriber is None or subscriber.status != Subscriber.Status.CONFIRMED:
                    delivery.status = Delivery.Status.SKIPPED
                    delivery.save(update_fields=["status"])
                    continue
                alert = alerts.get(delivery.alert_id) or alerts.setdefault(
                    delivery.alert_id, Alert.objects.get(pk=delivery.alert_id)
                )
                key = (alert.pk, subscriber.language)
                if key not in contents:
                    contents[key] = compose.content_for(alert, subscriber.language)
                message = compose.build_message(alert, subscriber, delivery, contents[key])
                message.connection = connection
                delivery.attempts += 1
                try:
                    message.send(fail_silently=False)
                except Exception as error:
                    delivery.error = f"{type(error).__name__}: {error}"[:1000]
                    if _permanent(error) or delivery.attempts >= max_attempts():
                        delivery.status = Delivery.Status.FAILED
                        counts["failed"] += 1
                    else:
                        delivery.next_attempt_at = timezone.now() + backoff(delivery.attempts)
                        counts["pending"] += 1
                    delivery.save(update_fields=["status", "attempts", "error", "next_attempt_at"])
                    if _connection_lost(error):
                        counts["pending"] += len(ids) - index - 1
                        break
                    continue
                delivery.status = Delivery.Status.SENT
                delivery.sent_at = timezone.now()
                delivery.error = ""
                delivery.save(update_fields=["status", "attempts", "error", "sent_at"])
                counts["sent"] += 1
    finally:
        with contextlib.suppress(Exception):  # closing a broken connection
            connection.close()
    return counts


def send_batch(alert_id: int, first: int, last: int) -> dict[str, int]:
    return send_rows(Delivery.objects.filter(alert_id=alert_id, subscriber_id__gte=first, subscriber_id__lte=last))


def send_pending(now=None) -> dict[str, int]:
    """Fan out alerts whose fan-out never ran, then retry every due pending delivery."""
    now = now or timezone.now()
    for alert_id in Alert.objects.filter(send_immediately=True, fanned_out=False).values_list("pk", flat=True):
        fan_out(alert_id)
    due = Delivery.objects.filter(status=Delivery.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    totals = {"sent": 0, "failed": 0, "pending": 0}
    last = 0
    while True:
        ids = list(due.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[: batch_size()])
        if not ids:
            break
        last = ids[-1]
        for key, value in send_rows(Delivery.objects.filter(pk__in=ids)).items():
            totals[key] += value
    return totals
