"""Fan-out and sending, run by background tasks (django-tasks), never in the request.

1. `fan_out(alert_id)` walks the matching subscribers in keyset ranges of `batch_size()` (only
   each range's ends are read, never a list of everyone), inserts one `Delivery` row per
   recipient with one INSERT … SELECT per range (unique on alert and subscriber; ON CONFLICT DO
   NOTHING, so a retried fan-out adds nothing) and enqueues one `send_alert_batch` per range.
2. `send_batch(alert_id, first, last)` sends that range's pending rows. Chunks of rows are
   claimed (`select_for_update(skip_locked)` where the database has it) and marked `sending` in
   a committed transaction before anything is sent, so two workers never both send a row and a
   retried task sends only what is still pending. The chunk goes out over a few reused SMTP
   connections, each alert rendered once per language, and is recorded in one update.
3. A failure puts the row back to pending with the error, the attempt count and a backoff
   (`next_attempt_at`); `send_pending_alerts` (every minute, ENGAGE_SCHEDULE) retries due rows. A
   refused recipient, or too many attempts, marks the row failed: the permanent record. A row
   left `sending` by a worker that died is marked failed after 15 minutes, never sent twice.
"""

import contextlib
import logging
import queue
import smtplib
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends import smtp
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from . import compose, links, matching
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


def _insert_deliveries(alert_id: int, subscribers, first: int, last: int) -> int:
    """One INSERT … SELECT of the matching subscribers with `first <= pk <= last`: their rows never
    pass through Python. ON CONFLICT DO NOTHING keeps the unique (alert, subscriber) row of a
    retried fan-out. Returns the rows inserted."""
    sql, params = (
        subscribers.filter(pk__gte=first, pk__lte=last)
        .order_by()
        .annotate(matched_id=F("pk"), matched_language=F("language"))
        .values_list("matched_id", "matched_language")
        .query.sql_with_params()
    )
    table = connection.ops.quote_name(Delivery._meta.db_table)
    statement = (
        f"INSERT INTO {table} (alert_id, subscriber_id, language, status, attempts, error) "  # noqa: S608 (no input)
        f"SELECT CAST(%s AS bigint), matched.matched_id, matched.matched_language, %s, 0, '' "
        f"FROM ({sql}) matched WHERE 1 = 1 "
        "ON CONFLICT (alert_id, subscriber_id) DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [alert_id, Delivery.Status.PENDING, *params])
        return max(cursor.rowcount, 0)


def fan_out(alert_id: int) -> int:
    """Create the delivery rows of an immediate alert and queue their sending. Returns rows created.

    Batches are keyset ranges of subscriber ids (`batch_size()` matching subscribers each): only the
    range's ends are read, never a list of everyone. A page's alert that reaches nobody at all (no
    immediate and no digest subscriber) is deleted: no archive copy of a message never sent. The
    publish request leaves that question to this task, so publishing stays as fast as without alerts."""
    alert = Alert.objects.filter(pk=alert_id, send_immediately=True).first()
    if alert is None:
        return 0
    subscribers = matching.subscribers_for_alert(alert)
    ids = subscribers.order_by("pk").values_list("pk", flat=True)
    size, last, created = batch_size(), 0, 0
    while True:
        first = ids.filter(pk__gt=last).first()
        if first is None:
            break
        end = ids.filter(pk__gte=first)[size - 1 : size].first()
        last = end if end is not None else ids.filter(pk__gte=first).last()
        created += _insert_deliveries(alert.pk, subscribers, first, last)
        _enqueue_batch(alert.pk, first, last)
    recipients = Delivery.objects.filter(alert_id=alert.pk).count()
    if not recipients and alert.revision_id and not matching.subscribers_for_alert(alert, frequency=None).exists():
        alert.delete()
        return 0
    Alert.objects.filter(pk=alert.pk).update(fanned_out=True, recipients=recipients)
    return created


def _permanent(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


def _connection_lost(error: Exception) -> bool:
    return isinstance(
        error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError | ConnectionError | OSError
    ) and not isinstance(error, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused)


SEND_CHUNK = 50
STALE_CLAIM = timedelta(minutes=15)
INTERRUPTED = "The worker stopped while sending this message; it is not sent again, so nobody gets it twice."


def smtp_connections() -> int:
    return max(1, int(getattr(settings, "ENGAGE_ALERTS_SMTP_CONNECTIONS", 4)))


class _Senders:
    """Open SMTP connections shared by a few threads: while one waits for the server's answer,
    another sends. Each connection is used by one thread at a time. Other backends (console,
    file, the tests' memory outbox) send from the calling thread, in order."""

    def __init__(self):
        first = get_connection(fail_silently=False)
        self.smtp = isinstance(first, smtp.EmailBackend)
        count = smtp_connections() if self.smtp else 1
        self.connections = [first] + [get_connection(fail_silently=False) for _ in range(count - 1)]
        self.idle: queue.SimpleQueue = queue.SimpleQueue()
        self.executor = ThreadPoolExecutor(count, thread_name_prefix="alerts-smtp") if count > 1 else None

    def open(self) -> None:
        for backend in self.connections:
            backend.open()
            self.idle.put(backend)

    def _send(self, message) -> Exception | None:
        connection = self.idle.get()
        try:
            message.connection = connection
            message.send(fail_silently=False)
        except Exception as error:
            return error
        finally:
            self.idle.put(connection)
        return None

    def send_all(self, messages) -> list[Exception | None]:
        if self.executor is None:
            return [self._send(message) for message in messages]
        return list(self.executor.map(self._send, messages))

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown()
        for backend in self.connections:
            with contextlib.suppress(Exception):  # closing a broken connection
                backend.close()


def _claim(pks: list[int]) -> list[tuple[int, int, str | None]]:
    """Claim the rows still pending (locked, skipping rows another worker holds) as `sending`, and
    commit: from here a crash can lose a message, never send it twice."""
    with transaction.atomic():
        claimed = list(
            Delivery.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk__in=pks, status=Delivery.Status.PENDING)
            .values_list("pk", "attempts", "subscriber__status")
        )
        if claimed:
            Delivery.objects.filter(pk__in=[row[0] for row in claimed]).update(
                status=Delivery.Status.SENDING, claimed_at=timezone.now()
            )
    return claimed


def _record(sent: list[int], failures: list[tuple[int, int, Exception]], counts: dict) -> None:
    if sent:
        Delivery.objects.filter(pk__in=sent).update(
            status=Delivery.Status.SENT, attempts=F("attempts") + 1, error="", sent_at=timezone.now(), claimed_at=None
        )
        counts["sent"] += len(sent)
    for pk, attempts, error in failures:
        failed = _permanent(error) or attempts >= max_attempts()
        Delivery.objects.filter(pk=pk).update(
            status=Delivery.Status.FAILED if failed else Delivery.Status.PENDING,
            attempts=attempts,
            error=f"{type(error).__name__}: {error}"[:1000],
            next_attempt_at=None if failed else timezone.now() + backoff(attempts),
            claimed_at=None,
        )
        counts["failed" if failed else "pending"] += 1


def send_rows(queryset) -> dict[str, int]:
    """Send the pending rows of `queryset` (deliveries, at most a batch).

    The rows and their recipients are read in one query. Chunks of `SEND_CHUNK` rows are claimed
    (`_claim`), sent over a few reused SMTP connections (`_Senders`) and recorded in one update.
    Each alert is rendered once per language (`compose.render_alert`); each message only gets its
    recipient's signed links."""
    counts = {"sent": 0, "failed": 0, "pending": 0}
    rows = list(
        queryset.filter(status=Delivery.Status.PENDING)
        .order_by("pk")
        .values_list(
            "pk", "alert_id", "subscriber_id", "subscriber__email", "subscriber__language", "subscriber__link_version"
        )
    )
    if not rows:
        return counts
    senders = _Senders()
    try:
        senders.open()
    except Exception as error:
        senders.close()
        logger.warning("SMTP connection failed, %d alert e-mails stay pending: %s", len(rows), error)
        Delivery.objects.filter(pk__in=[row[0] for row in rows]).update(error=f"{type(error).__name__}: {error}"[:1000])
        counts["pending"] = len(rows)
        return counts
    alerts = Alert.objects.in_bulk({row[1] for row in rows})
    rendered: dict[tuple[int, str], compose.Rendered] = {}
    recipient_links = links.RecipientLinks()
    try:
        for start in range(0, len(rows), SEND_CHUNK):
            chunk = {row[0]: row for row in rows[start : start + SEND_CHUNK]}
            claimed = _claim(list(chunk))
            messages, skipped = [], []
            try:
                for pk, attempts, status in claimed:
                    _pk, alert_id, subscriber_id, email, language, link_version = chunk[pk]
                    if status != Subscriber.Status.CONFIRMED:
                        skipped.append(pk)
                        continue
                    key = (alert_id, language)
                    if key not in rendered:
                        alert = alerts[alert_id]
                        rendered[key] = compose.render_alert(alert, compose.content_for(alert, language))
                    urls = recipient_links.for_recipient(subscriber_id, link_version, pk, language)
                    messages.append(
                        (pk, attempts + 1, compose.personal_message(rendered[key], email, urls, prepared=senders.smtp))
                    )
            except BaseException:
                Delivery.objects.filter(pk__in=[row[0] for row in claimed]).update(
                    status=Delivery.Status.PENDING, claimed_at=None
                )
                raise
            Delivery.objects.filter(pk__in=skipped).update(status=Delivery.Status.SKIPPED, claimed_at=None)
            errors = senders.send_all([message for _pk, _attempts, message in messages])
            sent = [pk for (pk, _a, _m), error in zip(messages, errors, strict=True) if error is None]
            failures = [(pk, a, error) for (pk, a, _m), error in zip(messages, errors, strict=True) if error]
            _record(sent, failures, counts)
            if any(_connection_lost(error) for _pk, _a, error in failures):
                counts["pending"] += len(rows) - start - len(chunk)
                break
    finally:
        senders.close()
    return counts


def send_batch(alert_id: int, first: int, last: int) -> dict[str, int]:
    return send_rows(Delivery.objects.filter(alert_id=alert_id, subscriber_id__gte=first, subscriber_id__lte=last))


def send_pending(now=None) -> dict[str, int]:
    """Fan out alerts whose fan-out never ran, then retry every due pending delivery."""
    now = now or timezone.now()
    Delivery.objects.filter(status=Delivery.Status.SENDING, claimed_at__lt=now - STALE_CLAIM).update(
        status=Delivery.Status.FAILED, error=INTERRUPTED, claimed_at=None
    )
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
