"""A migrated template database, built once per test session and copied by every xdist worker
(and by the browser tests' demo server) instead of each of them running every migration.

The first process to need it migrates it (`manage.py migrate` in a subprocess, so it is exactly
what `make run` would build); the others wait on a file lock and then copy it:
- SQLite: the template is a file in the session's shared temporary directory; each worker's test
  database is a copy of it (a file, not in memory).
- PostgreSQL: the template is the database `test_<name>_template`; each worker's test database
  is created from it with Django's TEST["TEMPLATE"] (CREATE DATABASE … TEMPLATE …).
It is rebuilt in every session, so it always has the current migrations."""

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
            env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": self.url}
            env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
            ready.touch()

    def execute(self, statement: str) -> None:
        """Run one statement on the PostgreSQL server (outside any database of ours)."""
        import psycopg

        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            conn.execute(statement)

    def copy_sqlite(self, target: Path) -> None:
        with sqlite3.connect(self.path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)

    def create_postgres_copy(self, name: str) -> str:
        """Create database `name` from the template; return its URL."""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return f"{self.server_url}/{name}"
