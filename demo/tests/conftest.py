"""`demo_site`: a private copy of the demo, built once per test session (tests/templatedb.py).

Building the demo is the slowest thing the suite does, so it is done once, into a template
database that the browser tests' demo server also copies. A test using `demo_site` runs against
its own copy of that database (the default connection is pointed at it, then back at the test
database), and may change it freely: nothing it does reaches other tests."""

import uuid

import pytest
from django.core.cache import cache
from django.db import connections


@pytest.fixture
def demo_site(migrated_template, django_db_blocker, tmp_path):
    """Yields what the demo's first `load_demo` printed."""
    report = migrated_template.ensure_demo()
    connection = connections["default"]
    test_database = connection.settings_dict["NAME"]
    if migrated_template.is_postgres:
        copy = f"{test_database}_demo_{uuid.uuid4().hex[:8]}"
        migrated_template.copy_demo(copy)
    else:
        copy = str(tmp_path / "demo.sqlite3")
        migrated_template.copy_demo(copy)
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict["NAME"] = copy
        cache.clear()
        try:
            yield report
        finally:
            connection.close()
            connection.settings_dict["NAME"] = test_database
            cache.clear()
    if migrated_template.is_postgres:
        migrated_template.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
