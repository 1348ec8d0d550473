"""Subscribers, what they chose, the messages sent, one delivery row per recipient, ratings.

- A `Subscriber` has no account: an address, a language, a frequency and a status. Its areas and
  topics are rows (`SubscriberArea`, `SubscriberTopic`) so matching is one indexed query.
  Areas and topics are stored by `translation_key`, so they mean the same in every locale.
- An `Alert` is one message: either a published page revision (unique) or a message an editor
  composed. It has a public web copy (the archive).
- A `Delivery` is one recipient of one alert, unique on (alert, subscriber): a retried task finds
  the row already sent and sends nothing. Failures keep the error and the attempt count.
- A `Suppression` is the keyed hash of an erased address: no re-subscription mails it again
  unless the owner confirms it themselves.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def address_hash(email: str) -> str:
    """HMAC-SHA256 of the normalised address, keyed with SECRET_KEY."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, email.strip().lower().encode(), hashlib.sha256).hexdigest()


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As it happens")
    WEEKLY = "weekly", _("A weekly digest")


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        PAUSED = "paused", _("Paused")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(max_length=254)
    email_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=10, default="en")
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE)
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.PENDING)
    consent_text = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)
    # Bumped on unsubscribe/erase: older manage links stop working.
    link_version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [
            ("view_subscriber_addresses", "Can see subscribers' e-mail addresses"),
            ("export_subscribers", "Can export subscribers (audited)"),
            ("send_forcewide_alert", "Can send a force-wide message"),
        ]
        indexes = [models.Index(fields=["status", "frequency", "id"], name="alerts_sub_status_freq")]

    def __str__(self):
        return f"subscriber {self.pk}"

    def save(self, *args, **kwargs):
        self.email_hash = address_hash(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.CONFIRMED


class SubscriberArea(models.Model):
    """A borough as a whole (ward_key empty) or one ward in it."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="areas")
    borough_key = models.UUIDField(db_index=True)
    ward_key = models.UUIDField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "borough_key", "ward_key"], name="alerts_unique_area"),
        ]

    def __str__(self):
        return f"{self.borough_key}/{self.ward_key or '*'}"


class SubscriberTopic(models.Model):
    """A topic key: "news", "meetings", "priorities", "advice", "asb:<uuid>", "crime:<uuid>"."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="topics")
    key = models.CharField(max_length=60, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "key"], name="alerts_unique_topic")]

    def __str__(self):
        return self.key


class Suppression(models.Model):
    """The keyed hash of an erased address (never the address)."""

    email_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.email_hash[:12]


class Alert(models.Model):
    """One message to residents, with its public web copy."""

    class Kind(models.TextChoices):
        NEWS = "news", _("Borough news")
        PRIORITY = "priorities", _("Priorities: you said, we did")
        MEETING = "meetings", _("Meetings")
        ADVICE = "advice", _("Advice")
        MESSAGE = "message", _("Message from the team")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    revision_id = models.PositiveBigIntegerField(null=True, blank=True, unique=True)
    # Empty borough_key: a force-wide message (advice, or central communications).
    borough_key = models.UUIDField(null=True, blank=True, db_index=True)
    borough_title = models.CharField(max_length=255, blank=True)
    ward_key = models.UUIDField(null=True, blank=True)
    topic_keys = models.JSONField(default=list)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    send_immediately = models.BooleanField(default=True)
    fanned_out = models.BooleanField(default=False)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("alerts:message", args=[self.pk])


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "pending"
        SENDING = "sending", "sending"  # claimed by a worker (claimed_at): never sent a second time
        SENT = "sent", "sent"
        FAILED = "failed", "failed"
        SKIPPED = "skipped", "skipped"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.SET_NULL, null=True, related_name="deliveries")
    language = models.CharField(max_length=10, default="en")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "subscriber"], name="alerts_one_delivery_per_recipient"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="alerts_delivery_due")]

    def __str__(self):
        return f"delivery {self.pk} ({self.status})"


class Rating(models.Model):
    """Was this useful? One per delivery (a second click changes it)."""

    delivery = models.OneToOneField(Delivery, on_delete=models.CASCADE, related_name="rating")
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="ratings")
    useful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"rating {self.pk}"


class PublishChoice(models.Model):
    """The editor's choice, for one revision, whether publishing it alerts residents."""

    revision_id = models.PositiveBigIntegerField(unique=True)
    send = models.BooleanField(default=True)
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self):
        return f"revision {self.revision_id}: {self.send}"


class ExportRecord(models.Model):
    """The audit trail of subscriber exports: who, when, how many, which boroughs (no addresses)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    count = models.PositiveIntegerField(default=0)
    boroughs = models.JSONField(default=list)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"export {self.pk}"


class ConcernReply(models.Model):
    """An update e-mailed to the resident who raised a concern (the handler's words)."""

    submission = models.ForeignKey("concerns.ConcernSubmission", on_delete=models.CASCADE, related_name="+")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=20)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)

    def __str__(self):
        return f"reply {self.pk}"
