"""Retention: a sign-up not confirmed within 7 days is deleted (it was never consented to, so no
hash is kept); an address unsubscribed for 30 days is erased, leaving its keyed hash on the
suppression list."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Subscriber
from .services import erase_subscriber


def unconfirmed_days() -> int:
    return int(getattr(settings, "ENGAGE_ALERTS_UNCONFIRMED_DAYS", 7))


def unsubscribed_days() -> int:
    return int(getattr(settings, "ENGAGE_ALERTS_UNSUBSCRIBED_DAYS", 30))


def erase_stale(now=None) -> dict[str, int]:
    now = now or timezone.now()
    stale = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, created_at__lt=now - timedelta(days=unconfirmed_days())
    )
    unconfirmed = stale.count()
    stale.delete()
    departed = 0
    gone = Subscriber.objects.filter(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=now - timedelta(days=unsubscribed_days())
    )
    for subscriber in gone.iterator():
        erase_subscriber(subscriber)
        departed += 1
    return {"unconfirmed": unconfirmed, "unsubscribed": departed}
