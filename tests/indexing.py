"""Search and reference indexes in tests: updated on save only where a test reads them.

Saving a page runs two tasks (immediate in tests): the search index update and the reference index
update, a fifth of the time of the tests that build pages, for indexes most tests never read. The
root conftest switches both off for the session and the `index_updates` fixture switches them on
for a test, exactly as in production. Every test that searches, or reads the reference index, uses
it (by module: `pytestmark = pytest.mark.usefixtures("index_updates")`); without it, their
assertions fail.

- Search: modelsearch's `post_save` handlers are disconnected (deletions are still handled).
- References: Wagtail's own switch, `reference_index_auto_update_disabled` (what its
  `disable_reference_index_auto_update()` sets), because Wagtail reconnects its handlers after
  every `flush` (`post_migrate`).

The demo (`load_demo`) and every server a test starts run in their own processes: always on."""

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import reference_index_auto_update_disabled


def _search_models() -> list:
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


def switch_off() -> None:
    for model in _search_models():
        post_save.disconnect(post_save_signal_handler, sender=model)
    reference_index_auto_update_disabled.value = True


def switch_on() -> None:
    for model in _search_models():
        post_save.connect(post_save_signal_handler, sender=model)
    reference_index_auto_update_disabled.value = False
