"""Search and reference index updates for `load_demo`, once per object instead of once per save.

Saving a page runs Wagtail's search-index and reference-index updates (each a task, run at once by
the immediate backend): a demo page is saved three times (created, revision, published), and each
of ~2,750 alias pages at least once. While the demo loads, `deferred_index_updates()` records which
objects were saved instead, and updates both indexes once per object at the end, from the objects
as they are then: the same rows the per-save updates would have left. Deletions are still handled
at once, by Wagtail's own handlers."""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail import signal_handlers as wagtail_handlers
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save


def _search_models() -> list:
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def deferred_index_updates():
    saved: dict[type, set] = defaultdict(set)

    def record(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    handlers = [
        (post_save_signal_handler, _search_models()),
        (update_reference_index_on_save, list(ReferenceIndex.tracked_models)),
    ]
    for handler, models in handlers:
        for model in models:
            post_save.disconnect(handler, sender=model)
    for model in {model for _handler, models in handlers for model in models}:
        post_save.connect(record, sender=model, weak=False, dispatch_uid=f"demo-deferred-index-{model._meta.label}")
    try:
        yield
    finally:
        for model in {model for _handler, models in handlers for model in models}:
            post_save.disconnect(sender=model, dispatch_uid=f"demo-deferred-index-{model._meta.label}")
        for handler, models in handlers:
            for model in models:
                post_save.connect(handler, sender=model)
    # The work of the tasks the handlers would have enqueued, once per object still there.
    search_models = set(_search_models())
    reference_models = set(ReferenceIndex.tracked_models)
    for model, pks in saved.items():
        label = (model._meta.app_label, model._meta.model_name)
        for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True).iterator():
            if model in search_models:
                insert_or_update_object_task.call(*label, str(pk))
            if model in reference_models:
                # The task Wagtail's handler enqueues (ops/reference_index.py's, once installed).
                wagtail_handlers.update_reference_index_task.call(*label, str(pk))
