"""Background tasks (django-tasks): e-mail delivery, its retry, and the retention job.

Dev and test run them immediately (ImmediateBackend); production queues them in the database
(django_tasks_db) for `manage.py db_worker`. Each task is safe to run twice.
"""

from django_tasks import task

from . import delivery, retention


@task()
def deliver_concern_emails(submission_id: int) -> dict:
    return delivery.deliver(submission_id)


@task()
def retry_pending_concern_emails() -> dict:
    return delivery.retry_pending()


@task()
def erase_expired_concerns() -> dict:
    return retention.erase_expired()
