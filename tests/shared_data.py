"""Data built once for many tests, as Django's `TestCase.setUpTestData` does, for pytest.

A module- or class-scoped fixture builds the data inside `shared_transaction()`; each test then
runs in pytest-django's own transaction, which nests as a savepoint inside it and is rolled back
after the test, so every test starts from the same data. The outer transaction is rolled back
when the last test of the scope has run: nothing is left for the next module.

Tests must receive copies (`copy.deepcopy`, as `setUpTestData` gives), so that what one test does
to an instance in memory is not seen by the next. Only for tests that are not transactional
(`transaction=True` and live servers commit, which the outer transaction forbids).
"""

import contextlib

from django.db import transaction


@contextlib.contextmanager
def shared_transaction(django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
