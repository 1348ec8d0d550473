"""Demo alerts: a few example.org subscribers in several languages, messages about the latest
updates in two boroughs (sent, with ratings) and a weekly digest, so the admin reports show real
figures. Idempotent: subscribers are found by address, messages by page revision; nothing is
e-mailed (the rows are recorded as already sent)."""

import json
from pathlib import Path

from django.utils import timezone
from wagtail.models import Locale

from alerts import matching
from alerts.models import (
    Alert,
    Delivery,
    Frequency,
    Rating,
    Subscriber,
    SubscriberArea,
    SubscriberTopic,
    address_hash,
)
from boroughs.models import BoroughPage, UpdatePage, WardPage

DATA = Path(__file__).parent / "data" / "alerts.json"


def _topic_key(key: str) -> str | None:
    """ "asb:<slug>" in the data file becomes "asb:<translation key>"."""
    if ":" not in key:
        return key
    from advice.models import AsbCategory, CrimeType

    kind, slug = key.split(":", 1)
    model = AsbCategory if kind == "asb" else CrimeType
    item = model.objects.filter(slug=slug, locale=Locale.get_default()).first()
    return f"{kind}:{item.translation_key}" if item else None


def _subscribers(data, boroughs) -> int:
    created = 0
    for row in data["subscribers"]:
        if Subscriber.objects.filter(email_hash=address_hash(row["email"])).exists():
            continue
        status = row.get("status", Subscriber.Status.CONFIRMED)
        subscriber = Subscriber.objects.create(
            email=row["email"],
            language=row["language"],
            frequency=row["frequency"],
            status=status,
            confirmed_at=timezone.now() if status == Subscriber.Status.CONFIRMED else None,
            consent_text="Demo subscriber (example.org)",
        )
        for slug in row.get("boroughs", []):
            if slug in boroughs:
                SubscriberArea.objects.create(subscriber=subscriber, borough_key=boroughs[slug].translation_key)
        for slug, ward_slugs in row.get("wards", {}).items():
            borough = boroughs.get(slug)
            if borough is None:
                continue
            wards = WardPage.objects.child_of(borough).filter(slug__in=ward_slugs)
            for ward in wards:
                SubscriberArea.objects.get_or_create(
                    subscriber=subscriber, borough_key=borough.translation_key, ward_key=ward.translation_key
                )
        keys = {key for key in (_topic_key(k) for k in row["topics"]) if key}
        SubscriberTopic.objects.bulk_create([SubscriberTopic(subscriber=subscriber, key=k) for k in sorted(keys)])
        created += 1
    return created


def _record(alert, frequency, ratings, sent_at) -> None:
    recipients = matching.subscribers_for_alert(alert, frequency=frequency).order_by("pk")
    for index, subscriber in enumerate(recipients):
        delivery, _created = Delivery.objects.get_or_create(
            alert=alert,
            subscriber=subscriber,
            defaults={
                "language": subscriber.language,
                "status": Delivery.Status.SENT,
                "sent_at": sent_at,
                "attempts": 1,
            },
        )
        rating = ratings[index % len(ratings)] if ratings else None
        if rating and not hasattr(delivery, "rating"):
            Rating.objects.create(delivery=delivery, alert=alert, useful=rating["useful"], comment=rating["comment"])


def load_alerts(home, log) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    default = Locale.get_default()
    boroughs = {b.slug: b for b in BoroughPage.objects.filter(locale=default)}
    created = _subscribers(data, boroughs)
    log.step("Alert subscribers", created, len(data["subscribers"]))

    made = total = 0
    now = timezone.now()
    for slug in data["messages"]["boroughs"]:
        borough = boroughs.get(slug)
        if borough is None:
            continue
        updates = UpdatePage.objects.descendant_of(borough).filter(locale=default).live().public()
        for page in updates.order_by("-date", "-pk")[: data["messages"]["per_borough"]]:
            total += 1
            target = matching.target_for(page)
            if target is None or page.live_revision_id is None:
                continue
            alert, new = Alert.objects.get_or_create(
                revision_id=page.live_revision_id,
                defaults={
                    "kind": target.kind,
                    "page": page,
                    "borough_key": borough.translation_key,
                    "borough_title": borough.title,
                    "topic_keys": target.topics,
                    "title": page.title,
                    "summary": target.summary,
                    "fanned_out": True,
                    "created_at": now,
                },
            )
            made += int(new)
            _record(alert, Frequency.IMMEDIATE, data["ratings"], now)
            _record(alert, Frequency.WEEKLY, data["ratings"][:1], now)  # the weekly digest
            Alert.objects.filter(pk=alert.pk).update(recipients=alert.deliveries.count())
    log.step("Alert messages (sent, rated, in a digest)", made, total)
