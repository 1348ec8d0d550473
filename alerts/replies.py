"""Replies that close the loop: a handler writes an update on a concern (and may change its
status); they preview exactly the e-mail the resident will get, in the resident's language; only
then is it sent, by a background task.

Only a resident who gave an e-mail address and agreed to be contacted can be written to; a spam or
erased concern never. Each update is a `ConcernReply` row (with its delivery state), and a status
change is also recorded as a concern note, as the concern's own screen does.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from concerns.models import ConcernNote, ConcernSubmission
from concerns.models.submissions import Status


def can_reply(submission: ConcernSubmission) -> bool:
    return bool(submission.email and submission.consent and not submission.is_spam and not submission.erased_at)


def build(submission: ConcernSubmission, status: str, text: str) -> EmailMultiAlternatives:
    language = submission.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "submission": submission,
            "status_label": dict(Status.choices).get(status, status),
            "text": text,
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "borough": submission.borough.title if submission.borough_id else "",
        }
        subject = " ".join((_("Update on your concern %(reference)s") % {"reference": submission.reference}).split())
        body = render_to_string("alerts/email/concern_update.txt", context)
        html = render_to_string("alerts/email/concern_update.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=body, to=[submission.email], headers={"Content-Language": language}
    )
    message.attach_alternative(html, "text/html")
    return message


def record_and_queue(submission: ConcernSubmission, user, status: str, text: str):
    from .models import ConcernReply
    from .tasks import send_concern_reply

    with transaction.atomic():
        old = submission.status
        reply = ConcernReply.objects.create(submission=submission, sent_by=user, status=status, text=text)
        ConcernNote.objects.create(
            submission=submission,
            author=user,
            text=_("Update e-mailed to the resident:") + "\n" + text,
            old_status=old if old != status else "",
            new_status=status if old != status else "",
        )
        if old != status:
            ConcernSubmission.objects.filter(pk=submission.pk).update(status=status)
        transaction.on_commit(lambda: send_concern_reply.enqueue(reply.pk))
    return reply


def send(reply_id: int) -> str:
    from .models import ConcernReply

    with transaction.atomic():
        reply = ConcernReply.objects.select_for_update().select_related("submission").filter(pk=reply_id).first()
        if reply is None or reply.sent_at is not None:
            return "skipped"
        submission = reply.submission
        if not can_reply(submission):
            reply.error = "no consent or address"
            reply.save(update_fields=["error"])
            return "skipped"
        try:
            build(submission, reply.status, reply.text).send(fail_silently=False)
        except Exception as error:
            reply.attempts += 1
            reply.error = f"{type(error).__name__}: {error}"[:1000]
            reply.save(update_fields=["attempts", "error"])
            return "pending"
        reply.sent_at = timezone.now()
        reply.error = ""
        reply.save(update_fields=["sent_at", "error"])
    return "sent"
