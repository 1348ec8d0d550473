"""Background tasks (django-tasks): fan-out and sending. Each is safe to run twice."""

from django_tasks import task

from . import delivery


@task()
def fan_out_alert(alert_id: int) -> int:
    return delivery.fan_out(alert_id)


@task()
def send_alert_batch(alert_id: int, first: int, last: int) -> dict:
    return delivery.send_batch(alert_id, first, last)


@task()
def send_pending_alerts() -> dict:
    return delivery.send_pending()


@task()
def send_subscriber_notice(subscriber_id: int, kind: str) -> bool:
    from . import services

    return services.send_notice(subscriber_id, kind)


@task()
def send_concern_reply(reply_id: int) -> str:
    from . import replies

    return replies.send(reply_id)
