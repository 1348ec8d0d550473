"""Who is told when a page is published, exactly once, and what happens when SMTP fails."""

import smtplib

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory, AdviceTopicFactory
from alerts import delivery
from alerts.models import Alert, Delivery, PublishChoice, Subscriber
from alerts.tasks import fan_out_alert, send_alert_batch
from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory

from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_only_confirmed_matching_subscribers_in_the_borough_are_told(
    updates, wards, other_borough, taxonomy, django_capture_on_commit_callbacks
):
    subscriber("ward@example.org", wards=[wards[0]])
    subscriber("borough@example.org", boroughs=[wards[0].get_parent()])
    subscriber("pending@example.org", wards=[wards[0]], status=Subscriber.Status.PENDING)
    subscriber("paused@example.org", wards=[wards[0]], status=Subscriber.Status.PAUSED)
    subscriber("gone@example.org", wards=[wards[0]], status=Subscriber.Status.UNSUBSCRIBED)
    subscriber("lambeth@example.org", boroughs=[other_borough])
    subscriber("meetings-only@example.org", wards=[wards[0]], topics=["meetings"])
    subscriber("digest@example.org", wards=[wards[0]], frequency="weekly")
    page = draft(updates, title="Knife arch at Dalston Junction")
    assert mail.outbox == []  # a draft tells nobody
    publish(page, django_capture_on_commit_callbacks)
    assert recipients() == ["borough@example.org", "ward@example.org"]
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 2


def test_private_pages_and_opted_out_revisions_tell_nobody(updates, wards, django_capture_on_commit_callbacks):
    subscriber(wards=[wards[0]])
    PageViewRestriction.objects.create(page=updates, restriction_type=PageViewRestriction.PASSWORD, password="x")
    publish(draft(updates, title="Private"), django_capture_on_commit_callbacks)
    assert mail.outbox == [] and not Alert.objects.exists()
    PageViewRestriction.objects.all().delete()
    page = draft(updates, title="Minor edit")
    revision = page.save_revision()
    PublishChoice.objects.create(revision_id=revision.pk, send=False)
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    assert mail.outbox == [] and not Alert.objects.exists()


def test_alias_publish_is_ignored(updates, wards, polish, django_capture_on_commit_callbacks):
    subscriber(wards=[wards[0]])
    page = draft(updates, title="Original")
    publish(page, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    borough_pl = updates.get_parent().copy_for_translation(polish, copy_parents=True, alias=True)
    assert borough_pl.alias_of_id
    updates.copy_for_translation(polish, alias=True)
    page.copy_for_translation(polish, alias=True)
    publish(page, django_capture_on_commit_callbacks)  # updates the alias too (page_published alias=True)
    assert len(mail.outbox) == 2
    assert Alert.objects.count() == 2


def test_priorities_meetings_and_advice_match_by_topic_and_ward(
    borough, wards, taxonomy, home_page, django_capture_on_commit_callbacks
):
    ebikes = f"asb:{taxonomy['ebikes'].translation_key}"
    subscriber("ebikes@example.org", wards=[wards[0]], topics=[ebikes])
    subscriber("other-ward@example.org", wards=[wards[2]], topics=["priorities"])
    subscriber("meetings@example.org", boroughs=[borough], topics=["meetings"])
    subscriber("advice@example.org", boroughs=[borough], topics=["advice"])
    priorities = PriorityIndexPageFactory(parent=borough)
    priority = draft(priorities, PriorityPageFactory, title="E-bikes on the pavement", ward=wards[0])
    priority.asb_categories.set([taxonomy["ebikes"]])
    publish(priority, django_capture_on_commit_callbacks)
    assert recipients() == ["ebikes@example.org"]  # not the subscriber of another ward

    mail.outbox.clear()
    meetings = MeetingIndexPageFactory(parent=borough)
    publish(draft(meetings, MeetingPageFactory, title="Ward panel"), django_capture_on_commit_callbacks)
    assert recipients() == ["meetings@example.org"]

    mail.outbox.clear()
    advice_index = AdviceIndexPageFactory(parent=home_page)
    advice = draft(advice_index, AdvicePageFactory, title="Lock your bike", topic=AdviceTopicFactory())
    publish(advice, django_capture_on_commit_callbacks)
    assert recipients() == ["advice@example.org"]  # advice is force-wide


def test_exactly_once_when_tasks_are_retried(updates, wards, django_capture_on_commit_callbacks):
    for n in range(5):
        subscriber(f"r{n}@example.org", wards=[wards[0]])
    publish(draft(updates, title="Once"), django_capture_on_commit_callbacks)
    alert = Alert.objects.get()
    assert len(mail.outbox) == 5
    # A worker crashed after sending and the queue runs everything again.
    fan_out_alert.enqueue(alert.pk)
    first, last = sorted(Subscriber.objects.values_list("pk", flat=True))[::4]
    send_alert_batch.enqueue(alert.pk, first, last)
    call_command("send_pending_alerts", verbosity=0)
    assert len(mail.outbox) == 5
    assert Delivery.objects.filter(alert=alert).count() == 5
    # Publishing the same revision again (e.g. a repeated signal) creates no second alert.
    from alerts.signals import alert_for_publish

    page = alert.page.specific
    alert_for_publish(page, page.live_revision)
    assert Alert.objects.count() == 1


def test_smtp_failures_are_retried_with_backoff_and_refusals_recorded(
    updates, wards, django_capture_on_commit_callbacks, monkeypatch
):
    subscriber("ok@example.org", wards=[wards[0]])
    subscriber("refused@example.org", wards=[wards[0]])
    subscriber("later@example.org", wards=[wards[0]])
    from django.core.mail.message import EmailMessage

    original = EmailMessage.send
    state = {"transient": True}

    def send(self, fail_silently=False):
        if self.to == ["refused@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"refused@example.org": (550, b"No such user")})
        if self.to == ["later@example.org"] and state["transient"]:
            raise smtplib.SMTPDataError(451, b"Try again later")
        return original(self, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", send)
    publish(draft(updates, title="Flaky"), django_capture_on_commit_callbacks)
    assert recipients() == ["ok@example.org"]
    refused = Delivery.objects.get(subscriber__email="refused@example.org")
    assert refused.status == Delivery.Status.FAILED and "SMTPRecipientsRefused" in refused.error
    later = Delivery.objects.get(subscriber__email="later@example.org")
    assert later.status == Delivery.Status.PENDING and later.attempts == 1 and later.next_attempt_at
    call_command("send_pending_alerts", verbosity=0)  # not due yet
    assert len(mail.outbox) == 1
    state["transient"] = False
    assert delivery.send_pending(now=later.next_attempt_at)["sent"] == 1
    assert recipients() == ["later@example.org", "ok@example.org"]
    later.refresh_from_db()
    assert later.status == Delivery.Status.SENT and later.attempts == 2


def test_unsubscribed_before_sending_is_skipped(updates, wards, django_capture_on_commit_callbacks, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    person = subscriber(wards=[wards[0]])
    publish(draft(updates, title="Queued"), django_capture_on_commit_callbacks)
    delivery.fan_out(Alert.objects.get().pk)
    person.status = Subscriber.Status.UNSUBSCRIBED
    person.save()
    call_command("send_pending_alerts", verbosity=0)
    assert mail.outbox == []
    assert Delivery.objects.get().status == Delivery.Status.SKIPPED


def test_the_request_only_enqueues(updates, wards, django_capture_on_commit_callbacks, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    subscriber(wards=[wards[0]])
    publish(draft(updates, title="Queued"), django_capture_on_commit_callbacks)
    assert mail.outbox == [] and not Delivery.objects.exists()
    call_command("send_pending_alerts", verbosity=0)  # the scheduler's safety net does the work
    assert len(mail.outbox) == 1


def test_a_row_left_sending_by_a_dead_worker_is_never_sent_twice(
    updates, wards, django_capture_on_commit_callbacks, settings
):
    from datetime import timedelta

    from django.utils import timezone

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    subscriber("claimed@example.org", wards=[wards[0]])
    subscriber("waiting@example.org", wards=[wards[0]])
    publish(draft(updates, title="Interrupted"), django_capture_on_commit_callbacks)
    delivery.fan_out(Alert.objects.get().pk)
    # A worker claimed one row, then died before recording whether it was sent.
    claimed = Delivery.objects.get(subscriber__email="claimed@example.org")
    Delivery.objects.filter(pk=claimed.pk).update(status=Delivery.Status.SENDING, claimed_at=timezone.now())
    call_command("send_pending_alerts", verbosity=0)
    assert recipients() == ["waiting@example.org"]
    assert delivery.send_pending(now=timezone.now() + timedelta(minutes=16)) == {"sent": 0, "failed": 0, "pending": 0}
    claimed.refresh_from_db()
    assert claimed.status == Delivery.Status.FAILED and "not sent again" in claimed.error
    assert recipients() == ["waiting@example.org"]


def test_a_page_that_reaches_nobody_leaves_no_archive_copy(client, updates, wards, django_capture_on_commit_callbacks):
    subscriber("weekly@example.org", wards=[wards[0]], frequency="weekly")
    publish(draft(updates, title="For the digest"), django_capture_on_commit_callbacks)
    assert Alert.objects.get().title == "For the digest"  # kept for the weekly digest
    subscriber("elsewhere@example.org", wards=[wards[0]], topics=["meetings"])
    Subscriber.objects.filter(email="weekly@example.org").update(status=Subscriber.Status.UNSUBSCRIBED)
    publish(draft(updates, title="Nobody asked"), django_capture_on_commit_callbacks)
    assert list(Alert.objects.values_list("title", flat=True)) == ["For the digest"]
    assert "Nobody asked" not in client.get("/en/alerts/messages/").content.decode()
