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

# Fixtures that need the database: a test using any of them (or marked django_db) needs the template.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server", "migrated_template"}


def _template(config) -> TemplateDatabase:
    """This session's template database (one per run, shared by the xdist workers)."""
    template = getattr(config, "engage_template", None)
    if template is None:
        basetemp = config._tmp_path_factory.getbasetemp()
        shared = basetemp.parent if hasattr(config, "workerinput") else basetemp
        template = config.engage_template = TemplateDatabase(shared, os.environ.get("DATABASE_URL", ""))
    return template


def _needs_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(DATABASE_FIXTURES & set(item.fixturenames))


def _needs_demo(item) -> bool:
    return bool({"demo_server", "demo_site"} & set(item.fixturenames))


def _order(item) -> tuple[bool, bool, bool]:
    """No database, then the database, then the demo; in each, the long tests (`pytest.mark.long`)
    first, so that short ones fill the end and the two test processes finish together."""
    return _needs_database(item), _needs_demo(item), item.get_closest_marker("long") is None


@pytest.fixture(scope="session")
def migrated_template(request) -> TemplateDatabase:
    template = _template(request.config)
    template.ensure()  # waits for the build started at collection (below), or builds it
    return template


def _prepare(template: TemplateDatabase, demo: bool) -> None:
    # On failure the fixtures call ensure/ensure_demo again, which build again and report the error.
    with contextlib.suppress(Exception):
        template.ensure()
        if demo:
            template.ensure_demo()


@pytest.hookimpl(trylast=True)  # after -k, -m and --deselect have removed what will not run
def pytest_collection_modifyitems(config, items):
    """Start building what this session's tests need as soon as they are known, in the background:
    the migrated template, then the demo if a test needs it (a `load_demo` subprocess). The tests
    that need no database run first (the same order in every xdist worker), while the template
    migrates, and those that need the demo last, while it is built; a second worker's thread only
    waits on the lock and finds it built. Within each group the long tests start first (`_order`)."""
    config.engage_needs_demo = any(_needs_demo(item) for item in items)
    if config.option.collectonly or not any(_needs_database(item) for item in items):
        return
    items[:] = sorted(items, key=_order)  # stable
    thread = threading.Thread(target=_prepare, args=(_template(config), config.engage_needs_demo), daemon=True)
    thread.start()
    config.engage_prepare_thread = thread


def pytest_terminal_summary(terminalreporter, config):
    """Where this run's test databases came from: the cache of earlier runs, or built (tests/dbcache.py)."""
    if hasattr(config, "workerinput") or not hasattr(config, "_tmp_path_factory"):
        return
    report = _template(config).shared_dir / "test-databases.txt"
    if report.exists():
        terminalreporter.section("test databases")
        for line in report.read_text().splitlines():
            terminalreporter.write_line(line)


def pytest_sessionfinish(session):
    """Never leave while this process is building: its `migrate` or `load_demo` would outlive the lock."""
    thread = getattr(session.config, "engage_prepare_thread", None)
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


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language, as in a new process, whatever language the test
    before it left active in this thread (a request under /pl/ activates Polish and leaves it)."""
    from django.utils import translation

    translation.deactivate()
    yield


@pytest.fixture(scope="session", autouse=True)
def _index_updates_off():
    """No search or reference index update on save, except under `index_updates` (tests/indexing.py)."""
    from tests import indexing

    indexing.switch_off()
    yield
    indexing.switch_on()


@pytest.fixture
def index_updates():
    """Wagtail's search and reference indexes updated on every save, as in production (tests/indexing.py)."""
    from tests import indexing

    indexing.switch_on()
    yield
    indexing.switch_off()


@pytest.fixture
def empty_cache():
    """An empty cache before and after the test (`pytest.mark.usefixtures("empty_cache")`)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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
