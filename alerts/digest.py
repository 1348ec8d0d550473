"""The weekly digest: one e-mail per weekly subscriber with the week's alerts in their areas and
topics; nothing when there is nothing.

A digest item is recorded as a `Delivery` (unique per alert and subscriber), so an alert is in
at most one digest and can be rated like any message. The week's alerts are few and loaded once;
subscribers are walked in keyset batches.
"""

from datetime import timedelta

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import compose
from .delivery import batch_size
from .models import Alert, Delivery, Frequency, Subscriber


def _matches(alert: Alert, areas: list[tuple[str, str | None]], topics: set[str]) -> bool:
    if alert.kind != Alert.Kind.MESSAGE and not topics.intersection(alert.topic_keys):
        return False
    if alert.borough_key is None:
        return True
    borough = str(alert.borough_key)
    ward = str(alert.ward_key) if alert.ward_key else None
    return any(b == borough and (w is None or ward is None or w == ward) for b, w in areas)


def send_digests(now=None, days: int = 7) -> dict[str, int]:
    now = now or timezone.now()
    alerts = list(
        Alert.objects.filter(created_at__gte=now - timedelta(days=days), created_at__lte=now).order_by("created_at")
    )
    counts = {"digests": 0, "items": 0}
    if not alerts:
        return counts
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, frequency=Frequency.WEEKLY).order_by(
        "pk"
    )
    contents: dict = {}
    last = 0
    connection = get_connection(fail_silently=False)
    while True:
        batch = list(subscribers.filter(pk__gt=last).prefetch_related("areas", "topics")[: batch_size()])
        if not batch:
            break
        last = batch[-1].pk
        for subscriber in batch:
            areas = [(str(a.borough_key), str(a.ward_key) if a.ward_key else None) for a in subscriber.areas.all()]
            topics = {t.key for t in subscriber.topics.all()}
            wanted = [alert for alert in alerts if _matches(alert, areas, topics)]
            if not wanted:
                continue
            seen = set(
                Delivery.objects.filter(subscriber=subscriber, alert__in=wanted).values_list("alert_id", flat=True)
            )
            items = []
            try:
                with transaction.atomic():
                    for alert in wanted:
                        if alert.pk in seen:
                            continue
                        delivery = Delivery.objects.create(
                            alert=alert, subscriber=subscriber, language=subscriber.language
                        )
                        key = (alert.pk, subscriber.language)
                        if key not in contents:
                            contents[key] = compose.content_for(alert, subscriber.language)
                        items.append((alert, contents[key], delivery))
                    if not items:
                        continue
                    message = compose.build_digest(subscriber, items)
                    message.connection = connection
                    message.send(fail_silently=False)
                    Delivery.objects.filter(pk__in=[d.pk for _a, _c, d in items]).update(
                        status=Delivery.Status.SENT, sent_at=timezone.now(), attempts=1
                    )
                    subscriber.last_digest_at = now
                    subscriber.save(update_fields=["last_digest_at"])
            except IntegrityError:
                continue  # another run sent it
            counts["digests"] += 1
            counts["items"] += len(items)
    return counts
