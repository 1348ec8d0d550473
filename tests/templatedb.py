"""A migrated template database, built once per test session and copied by every xdist worker
(and by the browser tests' demo server) instead of each of them running every migration.

The first process to need it migrates it (`manage.py migrate` in a subprocess, so it is exactly
what `make run` would build); the others wait on a file lock and then copy it:
- SQLite: the template is a file in the session's shared temporary directory; each worker's test
  database is a copy of it (a file, not in memory).
- PostgreSQL: the template is the database `test_<name>_template`; each worker's test database
  is created from it with Django's TEST["TEMPLATE"] (CREATE DATABASE … TEMPLATE …).
It is rebuilt in every session, so it always has the current migrations.

The demo template (`ensure_demo`) is a copy of the migrated template with `load_demo` run on it,
built at most once per session by whichever process needs it first: the browser tests' demo
server and demo/tests/test_load_demo.py each work on their own copy of it."""

import fcntl
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

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

    def ensure(self) -> None:
        """Build the template unless another process of this session already has."""
        with file_lock(self.shared_dir / "template-db.lock"):
            ready = self.shared_dir / "template-db.ready"
            if ready.exists():
                return
            if self.is_postgres:
                self.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
                self.execute(f'CREATE DATABASE "{self.name}"')
            else:
                self.path.unlink(missing_ok=True)
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                cwd=ROOT,
                env=self.env(self.url),
                check=True,
            )
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
                    url = self.create_postgres_copy(self.demo_name)
                else:
                    self.copy_sqlite(self.demo_path, source=self.path)
                    url = f"sqlite:///{self.demo_path}"
                command = [sys.executable, "manage.py", "load_demo"]
                result = subprocess.run(command, cwd=ROOT, env=self.env(url), capture_output=True, text=True)
                if result.returncode:
                    raise RuntimeError(f"load_demo failed on the demo template:\n{result.stderr[-3000:]}")
                self.demo_log.write_text(result.stdout)
                ready.touch()
        return self.demo_log.read_text()

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
