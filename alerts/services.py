"""What happens to a subscriber: sign-up (double opt-in, no enumeration), unsubscribe, erasure.

Notices (confirm, "manage your alerts") are sent by a background task, never in the request.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import compose, links
from .models import Subscriber, SubscriberArea, SubscriberTopic, Suppression, address_hash

logger = logging.getLogger("engage.alerts")

CONFIRM = "confirm"
MANAGE = "manage"


def is_suppressed(email: str) -> bool:
    return Suppression.objects.filter(email_hash=address_hash(email)).exists()


def _enqueue_notice(subscriber_id: int, kind: str) -> None:
    from .tasks import send_subscriber_notice

    try:
        send_subscriber_notice.enqueue(subscriber_id, kind)
    except Exception:
        logger.exception("Could not queue the %s notice for subscriber %s.", kind, subscriber_id)


def sign_up(form, request) -> None:
    """Store or update a pending sign-up from the sign-up form and queue the right notice. The
    caller answers the same whatever happens here."""
    data = form.cleaned_data
    subscribe(
        data["email"],
        language=data["language"],
        frequency=data["frequency"],
        consent_text=str(form.fields["consent"].label),
        save_choices=form.save_choices,
    )


def subscribe(email: str, *, language: str, frequency: str, consent_text: str, save_choices) -> None:
    """The double opt-in shared by the sign-up form and the survey's opt-in (alerts.survey): a new
    or pending address is stored pending with its choices (`save_choices(subscriber)` writes the
    areas and topics) and mailed a confirmation link; a subscribed address changes nothing and is
    mailed its "manage your alerts" link; a suppressed address is mailed nothing."""
    if is_suppressed(email):
        logger.info("Sign-up for a suppressed address: nothing sent.")
        return
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email_hash=address_hash(email)).first()
        if subscriber is not None and subscriber.status in (Subscriber.Status.CONFIRMED, Subscriber.Status.PAUSED):
            kind = MANAGE  # already subscribed: nothing changes; the owner gets their manage link
        else:
            if subscriber is None:
                subscriber = Subscriber(email=email)
            subscriber.email = email
            subscriber.status = Subscriber.Status.PENDING
            subscriber.created_at = timezone.now()
            subscriber.unsubscribed_at = None
            subscriber.consent_text = consent_text
            subscriber.language = language
            subscriber.frequency = frequency
            subscriber.save()
            save_choices(subscriber)
            subscriber.save(update_fields=["language", "frequency"])
            kind = CONFIRM
        subscriber_id = subscriber.pk
        transaction.on_commit(lambda: _enqueue_notice(subscriber_id, kind))


def send_notice(subscriber_id: int, kind: str) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    if kind == CONFIRM:
        if subscriber.status != Subscriber.Status.PENDING:
            return False
        message = compose.build_notice(
            subscriber, "confirm", _("Confirm your Engage alerts"), links.confirm_url(subscriber)
        )
    else:
        message = compose.build_notice(
            subscriber, "manage", _("Manage your Engage alerts"), links.manage_url(subscriber)
        )
    message.send(fail_silently=False)
    return True


def unsubscribe(subscriber) -> None:
    """Stop everything at once; pending deliveries are skipped. Erased after 30 days."""
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return
    subscriber.status = Subscriber.Status.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    subscriber.link_version += 1
    subscriber.save(update_fields=["status", "unsubscribed_at", "link_version"])
    subscriber.deliveries.filter(status="pending").update(status="skipped")


def erase_subscriber(subscriber) -> None:
    """Delete the address and choices; keep only the keyed hash on the suppression list.
    Delivery and rating rows stay, without the subscriber, so the figures stay true."""
    with transaction.atomic():
        Suppression.objects.get_or_create(email_hash=subscriber.email_hash)
        subscriber.deliveries.filter(status="pending").update(status="skipped")
        SubscriberArea.objects.filter(subscriber=subscriber).delete()
        SubscriberTopic.objects.filter(subscriber=subscriber).delete()
        subscriber.delete()
