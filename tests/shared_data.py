"""Data built once for many tests, as Django's `TestCase.setUpTestData` does, for pytest.

A module-scoped fixture builds the data inside `shared_transaction()`; each test then runs in
pytest-django's own transaction, which nests as a savepoint inside it and is rolled back after the
test, so every test starts from the same data. The outer transaction is rolled back when the last
test of the module has run: nothing is left for the next module.

`share(build, names)` makes the fixtures for a test module: `build()` returns a dict of the objects
the module's tests use, and each name becomes a function-scoped fixture giving that object from one
`copy.deepcopy` of the dict per test (as `setUpTestData` does), so what one test does to an instance
in memory is never seen by the next, and the copies keep their links to each other.

Only for modules whose tests are not transactional: `transaction=True` and live servers commit
and flush, which the outer transaction forbids (such a test fails loudly here).
"""

import contextlib
import copy

import pytest
from django.core.cache import cache
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


def share(build, names):
    """Fixtures for a test module: `globals().update(share(build, ["borough", "page"]))`."""

    @pytest.fixture(scope="module")
    def _shared_data(django_db_setup, django_db_blocker):
        with shared_transaction(django_db_blocker):
            cache.clear()
            data = build()
            missing = set(names) - set(data)
            assert not missing, f"build() returned no {sorted(missing)}"
            yield data

    @pytest.fixture
    def _shared_copy(request, _shared_data, db):
        marker = request.node.get_closest_marker("django_db")
        transactional = (marker is not None and marker.kwargs.get("transaction")) or bool(
            {"transactional_db", "live_server"} & set(request.fixturenames)
        )
        assert not transactional, "shared data cannot be used by a transactional test"
        # Nothing cached by an earlier test (rolled back since) may be served to this one.
        cache.clear()
        return copy.deepcopy(_shared_data)

    def getter(name):
        @pytest.fixture(name=name)
        def fixture(_shared_copy):
            return _shared_copy[name]

        return fixture

    return {"_shared_data": _shared_data, "_shared_copy": _shared_copy} | {name: getter(name) for name in names}
