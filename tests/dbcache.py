"""A cache of the built test databases (the migrated template and the demo) across test runs.

Migrating takes about 25 s of CPU and `load_demo` about 150 s (more on PostgreSQL); a run whose
code is the same as an earlier run's on this machine copies what that run built instead.

- **The key** is a hash of every file that can change what `migrate` or `load_demo` build: the
  project's files as git lists them (tracked, and untracked but not ignored; every file when there
  is no git), except tests, tools, docs, CI scripts, conftest.py and Markdown, read in full; plus the database engine, the Python
  version and the platform. Any change to a model, a migration, the demo's code or data, a
  template, a setting or a lock file gives a new key, so a stale database is never reused.
- **Where:** `$ENGAGE_TEST_DB_CACHE_DIR`, else `$XDG_CACHE_HOME/engage/test-databases`, else
  `~/.cache/engage/test-databases`: one folder per key. SQLite keeps `migrated.sqlite3` and
  `demo.sqlite3` there; PostgreSQL keeps databases `engage_cache_<key>_migrated` and
  `engage_cache_<key>_demo` on the tests' server (a `postgres` file in the folder says so, for
  pruning). The demo's report (what `load_demo` printed) is `demo.log`.
- **Stored whole or not at all:** a file is written under a temporary name and renamed; a
  PostgreSQL database is copied under a temporary name and renamed, so one that exists is whole.
- **Reported:** the end of each run says, under "test databases", whether each was copied from
  the cache or built (and cached).
- **Pruned:** the newest `KEEP` keys are kept (their folders' times are touched on each use); older
  folders and their PostgreSQL databases are removed.
- **Off** with `ENGAGE_TEST_DB_CACHE=0` (every run builds both, as a new machine does).
"""

import contextlib
import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

KEEP = 4  # two versions of the code, each on SQLite and on PostgreSQL
# Paths whose content cannot change what migrate or load_demo build.
_IGNORED_PARTS = {"tests", "docs", ".ci", "tools", ".git"}
_ALWAYS = {"tests/templatedb.py"}  # how the databases are built
_NOT_SOURCE = {"__pycache__", "node_modules", "staticfiles", "media", "test-results"}  # without git


def enabled() -> bool:
    return os.environ.get("ENGAGE_TEST_DB_CACHE", "1") != "0"


def root() -> Path:
    configured = os.environ.get("ENGAGE_TEST_DB_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "engage" / "test-databases"


def _listed(project: Path) -> list[str]:
    try:
        result = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=project,
            capture_output=True,
            check=True,
        )
        return [name for name in result.stdout.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        names = []
        for folder, dirs, files in os.walk(project):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d not in _NOT_SOURCE]
            names += [os.path.relpath(os.path.join(folder, name), project) for name in files]
        return names


def _counts(name: str) -> bool:
    if name in _ALWAYS:
        return True
    parts = Path(name).parts
    return not (_IGNORED_PARTS & set(parts[:-1]) or name.endswith(".md") or parts[-1] == "conftest.py")


def key(project: Path, engine: str) -> str:
    digest = hashlib.sha256(f"{engine}\0{sys.version}\0{platform.platform()}\0".encode())
    for name in sorted(filter(_counts, _listed(project))):
        path = project / name
        if path.is_file():  # listed but deleted in the working tree: not an input
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class Entry:
    """The cache folder of one key."""

    def __init__(self, project: Path, engine: str):
        self.key = key(project, engine)
        self.folder = root() / self.key
        self.engine = engine

    def path(self, name: str) -> Path:
        return self.folder / name

    def has(self, name: str) -> bool:
        return self.path(name).exists()

    def touch(self) -> None:
        with contextlib.suppress(OSError):
            os.utime(self.folder)

    def store_file(self, name: str, source_copy) -> None:
        """Write `name` through `source_copy(temporary_path)`, then rename it into place."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.path(f".{name}.{os.getpid()}.tmp")
        try:
            source_copy(temporary)
            os.replace(temporary, self.path(name))
        finally:
            temporary.unlink(missing_ok=True)

    def store_text(self, name: str, text: str) -> None:
        self.store_file(name, lambda temporary: temporary.write_text(text))

    def database(self, kind: str) -> str:
        """The PostgreSQL database that keeps `kind` ("migrated" or "demo") for this key."""
        return f"engage_cache_{self.key}_{kind}"


def prune(execute=None) -> None:
    """Remove all but the newest KEEP keys' folders, and (with `execute`, a function running one
    statement on the PostgreSQL server) their databases."""
    folders = sorted((p for p in root().glob("*") if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in folders[KEEP:]:
        if execute is not None and (folder / "postgres").exists():
            for kind in ("migrated", "demo"):
                with contextlib.suppress(Exception):
                    execute(f'DROP DATABASE IF EXISTS "engage_cache_{folder.name}_{kind}" WITH (FORCE)')
        shutil.rmtree(folder, ignore_errors=True)


def clear(server_url: str = "") -> None:
    """Remove every cached test database: the folders, and with `server_url` (a PostgreSQL server's
    URL, as in DATABASE_URL) every `engage_cache_…` database on that server."""
    if server_url.startswith("postgres"):
        import psycopg

        base = server_url.split("?", 1)[0].rsplit("/", 1)[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            names = [
                row[0] for row in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE 'engage_cache_%'")
            ]
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    shutil.rmtree(root(), ignore_errors=True)


if __name__ == "__main__":  # `python -m tests.dbcache clear` (make clean-test-cache)
    if sys.argv[1:] != ["clear"]:
        sys.exit("usage: python -m tests.dbcache clear")
    clear(os.environ.get("DATABASE_URL", ""))
    print(f"Removed the cached test databases ({root()}).")
