"""Test helpers: confirmed subscribers built directly, and publishing the way editors do."""

from django.utils import timezone

from alerts.models import Subscriber, SubscriberArea, SubscriberTopic
from boroughs.tests.factories import UpdatePageFactory


def subscriber(email="resident@example.org", *, boroughs=(), wards=(), topics=("news",), language="en", **fields):
    """A subscriber; `wards` are WardPage instances (their borough is their parent)."""
    fields.setdefault("status", Subscriber.Status.CONFIRMED)
    fields.setdefault("confirmed_at", timezone.now())
    row = Subscriber.objects.create(email=email, language=language, **fields)
    for borough in boroughs:
        SubscriberArea.objects.create(subscriber=row, borough_key=borough.translation_key)
    for ward in wards:
        SubscriberArea.objects.create(
            subscriber=row, borough_key=ward.get_parent().translation_key, ward_key=ward.translation_key
        )
    for key in topics:
        SubscriberTopic.objects.create(subscriber=row, key=key)
    return row


def draft(parent, factory=UpdatePageFactory, **kwargs):
    page = factory.build(**kwargs)
    parent.add_child(instance=page)
    page.live = False
    page.save()
    return page


def publish(page, capture, user=None):
    with capture(execute=True):
        revision = page.save_revision(user=user)
        revision.publish(user=user)
    return revision
