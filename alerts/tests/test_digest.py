"""The weekly digest: everything in the subscriber's areas and topics, once; nothing when nothing."""

import pytest
from django.core import mail
from django.core.management import call_command

from alerts.models import Delivery

from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db


def test_digest_collects_the_week_once_and_sends_nothing_when_nothing(
    updates, wards, other_borough, django_capture_on_commit_callbacks
):
    call_command("send_alert_digests", verbosity=0)
    assert mail.outbox == []  # nothing published: nothing sent
    weekly = subscriber("weekly@example.org", wards=[wards[0]], frequency="weekly", language="ar")
    subscriber("lambeth-weekly@example.org", boroughs=[other_borough], frequency="weekly")
    publish(draft(updates, title="First update"), django_capture_on_commit_callbacks)
    publish(draft(updates, title="Second update"), django_capture_on_commit_callbacks)
    assert mail.outbox == []  # weekly subscribers get no immediate e-mail
    call_command("send_alert_digests", verbosity=0)
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["weekly@example.org"]
    assert "First update" in digest.body and "Second update" in digest.body
    assert digest.body.count("/ar/alerts/rate/") == 4  # useful / not useful for each item
    html = digest.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in html
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Delivery.objects.filter(subscriber=weekly, status=Delivery.Status.SENT).count() == 2
    call_command("send_alert_digests", verbosity=0)
    assert len(mail.outbox) == 1  # the same items are never sent twice
