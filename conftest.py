"""Shared fixtures: the site built by the migrations, a home page, and a borough to test with.

The test database of each process is a copy of one migrated template (tests/templatedb.py),
so the migrations run once per session, not once per xdist worker."""

import contextlib
import os
import threading

import pytest
from wagtail.models import Locale, Site

from home.models import HomePage
from tests.templatedb import TemplateDatabase


@pytest.fixture(scope="session")
def migrated_template(request, tmp_path_factory) -> TemplateDatabase:
    basetemp = tmp_path_factory.getbasetemp()
    shared = basetemp.parent if hasattr(request.config, "workerinput") else basetemp
    template = TemplateDatabase(shared, os.environ.get("DATABASE_URL", ""))
    template.ensure()
    if getattr(request.config, "engage_needs_demo", False):
        # Build the demo (a `load_demo` subprocess) while this worker runs the other tests, instead of
        # every worker idling on its lock when the first demo test comes. A second worker's thread
        # only waits on the lock and finds it built.
        thread = threading.Thread(target=_build_demo_quietly, args=(template,), daemon=True)
        thread.start()
        request.config.engage_demo_thread = thread
    return template


def _build_demo_quietly(template: TemplateDatabase) -> None:
    # On failure the demo fixtures call ensure_demo again, which builds it again and reports the error.
    with contextlib.suppress(Exception):
        template.ensure_demo()


@pytest.hookimpl(trylast=True)  # after -k, -m and --deselect have removed what will not run
def pytest_collection_modifyitems(config, items):
    """Note whether this session has a test that needs the built demo (see `migrated_template`)."""
    config.engage_needs_demo = any({"demo_server", "demo_site"} & set(item.fixturenames) for item in items)


def pytest_sessionfinish(session):
    """Never leave while this process is building the demo: its `load_demo` would outlive the lock."""
    thread = getattr(session.config, "engage_demo_thread", None)
    if thread is not None:
        thread.join()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, migrated_template, tmp_path_factory):
    from django.conf import settings

    database = settings.DATABASES["default"]
    test = database.setdefault("TEST", {})
    if migrated_template.is_postgres:
        test["TEMPLATE"] = migrated_template.name
    else:
        path = tmp_path_factory.getbasetemp() / "test.sqlite3"
        migrated_template.copy_sqlite(path)
        test["NAME"] = str(path)
        # A throwaway file: no need to wait for the disk.
        database.setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous=OFF;"


@pytest.fixture(scope="session")
def django_db_keepdb(request, migrated_template) -> bool:
    # SQLite: the test database is the copy made above; keep it rather than create an empty one.
    return bool(request.config.getvalue("reuse_db")) or not migrated_template.is_postgres


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home_page(db) -> HomePage:
    """The English home page the data migration created, as the default site's root."""
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def site(home_page) -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def borough_index(home_page):
    from boroughs.tests.factories import BoroughIndexPageFactory

    return BoroughIndexPageFactory(parent=home_page)


@pytest.fixture
def borough(borough_index):
    from boroughs.tests.factories import BoroughPageFactory

    return BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
