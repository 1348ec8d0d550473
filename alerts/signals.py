"""Publishing a page is telling the residents who asked: `page_published` creates one `Alert`
per published revision (unique), and queues its fan-out after the commit. The request does
nothing else.

Ignored: alias publishes (wagtail-localize keeps other locales' aliases in step; the alias is the
same content), pages in other locales than the default (a translation is what the alert shows to
its readers, not a second alert), pages that are not live or not public, kinds of pages nobody
subscribes to, and revisions the editor chose not to alert about (`PublishChoice`). Whether
anyone matches is the fan-out task's question, not the request's (a few indexed lookups here,
whatever the number of subscribers): an alert that reaches nobody is deleted there, so there is no
archive copy of a message never sent.
"""

import logging

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from . import matching
from .models import Alert, PublishChoice

logger = logging.getLogger("engage.alerts")


def _enqueue_fan_out(alert_id: int) -> None:
    from .tasks import fan_out_alert

    try:
        fan_out_alert.enqueue(alert_id)
    except Exception:
        logger.exception("Could not queue the fan-out of alert %s; send_pending_alerts will do it.", alert_id)


def _restricted(page) -> bool:
    """Whether the page or an ancestor has a view restriction (one query, by path)."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return PageViewRestriction.objects.filter(page__path__in=paths).exists()


def alert_for_publish(instance, revision) -> Alert | None:
    if revision is None or getattr(instance, "alias_of_id", None):
        return None
    if not isinstance(instance, matching.ALERT_PAGE_TYPES):
        return None
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return None
    if not instance.live or _restricted(instance):
        return None
    choice = PublishChoice.objects.filter(revision_id=revision.pk).values_list("send", flat=True).first()
    if choice is False:
        return None
    target = matching.target_for(instance)
    if target is None:
        return None
    borough = target.borough
    borough_key = borough.translation_key if borough else None
    alert = Alert(
        revision_id=revision.pk,
        kind=target.kind,
        page_id=instance.pk,
        borough_key=borough_key,
        borough_title=borough.title if borough else "",
        ward_key=target.ward_key,
        topic_keys=target.topics,
        title=instance.title,
        summary=target.summary,
        created_by_id=getattr(revision, "user_id", None),
    )
    try:
        if connection.in_atomic_block:
            with transaction.atomic():  # a savepoint: a duplicate must not break the publication
                alert.save()
        else:
            alert.save()  # one INSERT in autocommit; the unique revision refuses a second alert
    except IntegrityError:
        return None
    transaction.on_commit(lambda: _enqueue_fan_out(alert.pk))
    return alert


@receiver(page_published, dispatch_uid="alerts.page_published")
def on_page_published(sender, instance, revision=None, alias=False, **kwargs):
    if alias:
        return
    try:
        alert_for_publish(instance, revision)
    except Exception:
        # Never let an alert problem undo or break a publication.
        logger.exception("Could not create the alert for page %s", getattr(instance, "pk", None))
