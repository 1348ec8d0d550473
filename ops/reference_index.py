"""Reference-index updates that tolerate a row replaced before the worker runs.

Root cause of the FAILED `update_reference_index_task` results (`FeaturedAdvice.DoesNotExist`)
after `load_demo` under production settings: Wagtail enqueues one reference-index task per
saved object, by primary key, from `post_save`. For an inline child (a ParentalKey row such as
`boroughs.FeaturedAdvice`) modelcluster replaces rows when a page is saved from a revision
(wagtail-localize does this for every translation it creates and publishes: the copied children
are deleted and re-created). With the immediate backend the task ran before that; with the
database backend it runs later, finds the row gone and fails. Nothing is lost: the deletion
already removed the row's references (Wagtail's `post_delete` handler) and the replacement row
enqueued its own update, which indexes the same parent page. So a missing row is a finished
job, not an error.

`install()` points Wagtail's save handler at `update_reference_index`, which does exactly what
Wagtail's task does (it calls it) but returns quietly when the object or its parent no longer
exists. Any other error still fails the task.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist
from django_tasks import task
from wagtail import signal_handlers
from wagtail.tasks import update_reference_index_task as wagtail_update_reference_index_task

logger = logging.getLogger("engage.tasks")


@task()
def update_reference_index(app_label: str, model_name: str, pk: str) -> bool:
    """Index the object's references; False when it (or its parent) was deleted in the meantime."""
    try:
        wagtail_update_reference_index_task.call(app_label, model_name, pk)
    except ObjectDoesNotExist:
        logger.info("Reference index: %s.%s %s no longer exists; nothing to index.", app_label, model_name, pk)
        return False
    return True


def install() -> None:
    # Wagtail's post_save handler looks this name up in its module each time it runs.
    signal_handlers.update_reference_index_task = update_reference_index
