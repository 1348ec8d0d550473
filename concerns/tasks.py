"""Background tasks (django-tasks): e-mail delivery, its retry, and the retention job.

Dev and test run them immediately (ImmediateBackend); production queues them in the database
(django_tasks_db) for `manage.py db_worker`. Each task is safe to run twice.
"""

import logging

from django.dispatch import receiver
from django_tasks import task

from . import delivery, retention
from .public import concern_stored

logger = logging.getLogger("engage.concerns")


@task()
def deliver_concern_emails(submission_id: int) -> dict:
    return delivery.deliver(submission_id)


@task()
def retry_pending_concern_emails() -> dict:
    return delivery.retry_pending()


@task()
def erase_expired_concerns() -> dict:
    return retention.erase_expired()


@receiver(concern_stored, dispatch_uid="concerns-queue-emails")
def enqueue_delivery(sender, submission_id: int, **kwargs) -> None:
    """Queue a stored concern's e-mails. A failure to enqueue is logged and leaves the e-mails
    pending for `retry_concern_emails`; it never reaches the resident."""
    try:
        deliver_concern_emails.enqueue(submission_id)
    except Exception:
        logger.exception(
            "Could not queue the e-mails of concern %s; retry_concern_emails will send them.", submission_id
        )
