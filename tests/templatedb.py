"""A migrated template database, built once per test session and copied by every xdist worker
(and by the browser tests' demo server) instead of each of them running every migration.

The first process to need it migrates it (`manage.py migrate` in a subprocess, so it is exactly
what `make run` would build); the others wait on a file lock and then copy it:
- SQLite: the template is a file in the session's shared temporary directory; each worker's test
  database is a copy of it (a file, not in memory).
- PostgreSQL: the template is the database `test_<name>_template`; each worker's test database
  is created from it with Django's TEST["TEMPLATE"] (CREATE DATABASE … TEMPLATE …).
Both are kept between runs in a cache keyed by a hash of the code (tests/dbcache.py): a run whose
code an earlier run on this machine already built copies them from there instead of building them;
any change to the code builds them again, so they always have the current migrations and demo.

The demo template (`ensure_demo`) is a copy of the migrated template with `load_demo` run on it,
built at most once per session by whichever process needs it first: the browser tests' demo
server and demo/tests/test_load_demo.py each work on their own copy of it."""

import contextlib
import fcntl
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from tests import dbcache

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def file_lock(path: Path):
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class TemplateDatabase:
    def __init__(self, shared_dir: Path, database_url: str):
        self.shared_dir = shared_dir
        self.is_postgres = database_url.startswith("postgres")
        if self.is_postgres:
            self.server_url, database = database_url.split("?", 1)[0].rsplit("/", 1)
            self.name = f"test_{database}_template"
            self.url = f"{self.server_url}/{self.name}"
        else:
            self.path = shared_dir / "migrated-template.sqlite3"
            self.url = f"sqlite:///{self.path}"
            self.demo_path = shared_dir / "demo-template.sqlite3"
        self.demo_name = f"{self.name}_demo" if self.is_postgres else ""
        self.demo_log = shared_dir / "demo-template.log"
        self._cache: dbcache.Entry | None = None

    @property
    def cache(self) -> dbcache.Entry | None:
        """This code's entry in the cache of built databases, or None when the cache is off."""
        if self._cache is None and dbcache.enabled():
            self._cache = dbcache.Entry(ROOT, "postgres" if self.is_postgres else "sqlite")
        return self._cache

    def ensure(self) -> None:
        """Build the template unless another process of this session already has."""
        with file_lock(self.shared_dir / "template-db.lock"):
            ready = self.shared_dir / "template-db.ready"
            if ready.exists():
                return
            if self.is_postgres:
                self.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            else:
                self.path.unlink(missing_ok=True)
            if not self._from_cache("migrated"):
                if self.is_postgres:
                    self.execute(f'CREATE DATABASE "{self.name}"')
                subprocess.run(
                    [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                    cwd=ROOT,
                    env=self.env(self.url),
                    check=True,
                )
                self._to_cache("migrated")
            ready.touch()

    def env(self, database_url: str) -> dict[str, str]:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": database_url}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        return env

    def ensure_demo(self) -> str:
        """Build the demo template unless another process of this session already has; return
        what its `load_demo` printed (the first load's report)."""
        self.ensure()
        with file_lock(self.shared_dir / "demo-db.lock"):
            ready = self.shared_dir / "demo-db.ready"
            if not ready.exists():
                if self.is_postgres:
                    self.execute(f'DROP DATABASE IF EXISTS "{self.demo_name}" WITH (FORCE)')
                if not self._from_cache("demo"):
                    if self.is_postgres:
                        url = self.create_postgres_copy(self.demo_name)
                    else:
                        self.copy_sqlite(self.demo_path, source=self.path)
                        url = f"sqlite:///{self.demo_path}"
                    command = [sys.executable, "manage.py", "load_demo"]
                    result = subprocess.run(command, cwd=ROOT, env=self.env(url), capture_output=True, text=True)
                    if result.returncode:
                        raise RuntimeError(f"load_demo failed on the demo template:\n{result.stderr[-3000:]}")
                    self.demo_log.write_text(result.stdout)
                    self._to_cache("demo")
                ready.touch()
        return self.demo_log.read_text()

    # -- the cache of built databases (tests/dbcache.py) --------------------------------------
    def _session_copy(self, kind: str) -> tuple[Path | str, Path | None]:
        """This session's database of `kind`: its name (PostgreSQL) or file (SQLite), and its log."""
        if kind == "migrated":
            return (self.name if self.is_postgres else self.path), None
        return (self.demo_name if self.is_postgres else self.demo_path), self.demo_log

    def _from_cache(self, kind: str) -> bool:
        """Copy `kind` from the cache into this session's database; False if it is not there."""
        cache = self.cache
        if cache is None:
            return False
        target, log = self._session_copy(kind)
        if log is not None and not cache.has(f"{kind}.log"):
            return False
        try:
            if self.is_postgres:
                if not self.database_exists(cache.database(kind)):
                    return False
                self.create_postgres_copy(str(target), template=cache.database(kind))
            else:
                if not cache.has(f"{kind}.sqlite3"):
                    return False
                self.copy_sqlite(Path(target), source=cache.path(f"{kind}.sqlite3"))
        except Exception as error:  # unreadable or in use: build it instead, from nothing
            self._discard(target)
            self.report(f"{kind}: not copied from the cache ({type(error).__name__}: {error}); building it")
            return False
        if log is not None:
            log.write_text(cache.path(f"{kind}.log").read_text())
        cache.touch()
        self.report(f"{kind}: copied from the cache ({cache.folder})")
        return True

    def _discard(self, target: Path | str) -> None:
        """Remove what a failed copy may have left of this session's database."""
        with contextlib.suppress(Exception):
            if self.is_postgres:
                self.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
            else:
                Path(target).unlink(missing_ok=True)

    def report(self, line: str) -> None:
        """A line for the session's summary (the root conftest prints them at the end)."""
        with open(self.shared_dir / "test-databases.txt", "a") as handle:
            handle.write(line + "\n")

    def _to_cache(self, kind: str) -> None:
        """Keep this session's database of `kind` for later runs of the same code. A failure here
        (a full disk, say) costs only the next run's time: it is reported, not raised."""
        try:
            self._store(kind)
        except Exception as error:
            self.report(f"{kind}: built, not cached ({type(error).__name__}: {error})")
        else:
            if self.cache is not None:
                self.report(f"{kind}: built and cached ({self.cache.folder})")

    def _store(self, kind: str) -> None:
        cache = self.cache
        if cache is None:
            return
        target, log = self._session_copy(kind)
        if self.is_postgres:
            cache.folder.mkdir(parents=True, exist_ok=True)
            cache.path("postgres").touch()  # for prune(): this key has databases on the server
            temporary = f"{cache.database(kind)}_{os.getpid()}"
            self.execute(f'DROP DATABASE IF EXISTS "{temporary}" WITH (FORCE)')
            self.create_postgres_copy(temporary, template=str(target))
            self.execute(f'DROP DATABASE IF EXISTS "{cache.database(kind)}" WITH (FORCE)')
            self.execute(f'ALTER DATABASE "{temporary}" RENAME TO "{cache.database(kind)}"')
        else:
            cache.store_file(f"{kind}.sqlite3", lambda temporary: self.copy_sqlite(temporary, source=Path(target)))
        if log is not None:
            cache.store_text(f"{kind}.log", log.read_text())
        dbcache.prune(self.execute if self.is_postgres else None)

    def database_exists(self, name: str) -> bool:
        import psycopg

        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None

    def execute(self, statement: str) -> None:
        """Run one statement on the PostgreSQL server (outside any database of ours)."""
        import psycopg

        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            conn.execute(statement)

    def copy_sqlite(self, target: Path, *, source: Path | None = None) -> None:
        """Copy the migrated template (or `source`, e.g. the demo template) to the file `target`."""
        with sqlite3.connect(source or self.path) as original, sqlite3.connect(target) as copy:
            original.backup(copy)

    def create_postgres_copy(self, name: str, *, template: str = "") -> str:
        """Create database `name` from the migrated template (or `template`); return its URL."""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or self.name}"')
        return f"{self.server_url}/{name}"

    def copy_demo(self, target: Path | str) -> str:
        """A new copy of the demo template (`ensure_demo` first): a file path on SQLite, a
        database name on PostgreSQL; return its URL."""
        if self.is_postgres:
            return self.create_postgres_copy(str(target), template=self.demo_name)
        self.copy_sqlite(Path(target), source=self.demo_path)
        return f"sqlite:///{target}"
