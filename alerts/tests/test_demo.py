"""The demo loader: example.org subscribers, sent and rated messages, a digest; idempotent."""

import pytest
from django.core import mail

from alerts.models import Alert, Delivery, Rating, Subscriber
from demo.alerts import load_alerts
from demo.base import DemoLog

from .helpers import draft

pytestmark = pytest.mark.django_db


def test_demo_alerts_give_the_reports_real_figures_and_run_twice_safely(home_page, updates, wards):
    draft(updates, title="Patrols at Dalston Junction").save_revision().publish()
    load_alerts(home_page, DemoLog())
    assert Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count() == 6
    assert all(s.email.endswith("@example.org") for s in Subscriber.objects.all())
    alert = Alert.objects.get()
    assert alert.recipients == Delivery.objects.filter(alert=alert).count() >= 3
    assert Delivery.objects.filter(subscriber__frequency="weekly").exists()  # in a digest
    assert Rating.objects.filter(useful=True).exists() and Rating.objects.filter(useful=False).exists()
    counts = (Subscriber.objects.count(), Delivery.objects.count(), Rating.objects.count())
    load_alerts(home_page, DemoLog())
    assert (Subscriber.objects.count(), Delivery.objects.count(), Rating.objects.count()) == counts
    assert mail.outbox == []
