"""The cache of built test databases (tests/dbcache.py): its key changes with every input of
`migrate` and `load_demo`, and with nothing else."""

import subprocess

import pytest

from tests import dbcache


@pytest.fixture
def project(tmp_path):
    for name, text in {
        "boroughs/models.py": "class BoroughPage: ...\n",
        "boroughs/migrations/0001_initial.py": "operations = []\n",
        "demo/data/boroughs.json": "[]\n",
        "templates/base.html": "<html></html>\n",
        "requirements.txt": "django==5.2\n",
        "boroughs/tests/test_pages.py": "def test(): ...\n",
        "tests/templatedb.py": "# how the databases are built\n",
        "tests/browser/test_axe.py": "def test(): ...\n",
        "docs/testing.md": "# Testing\n",
        "conftest.py": "\n",
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


@pytest.mark.parametrize("git", [False, True], ids=["files", "git"])
@pytest.mark.parametrize(
    ("name", "changes_key"),
    [
        ("boroughs/models.py", True),
        ("boroughs/migrations/0001_initial.py", True),
        ("demo/data/boroughs.json", True),
        ("templates/base.html", True),
        ("requirements.txt", True),
        ("tests/templatedb.py", True),
        ("boroughs/tests/test_pages.py", False),
        ("tests/browser/test_axe.py", False),
        ("docs/testing.md", False),
        ("conftest.py", False),
    ],
)
def test_the_key_changes_with_every_input_and_nothing_else(project, name, changes_key, git):
    if git:
        subprocess.run(["git", "init", "-q"], cwd=project, check=True)
        subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    before = dbcache.key(project, "sqlite")
    (project / name).write_text((project / name).read_text() + "# changed\n")
    assert (dbcache.key(project, "sqlite") != before) is changes_key


def test_a_new_untracked_migration_changes_the_key(project):
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    before = dbcache.key(project, "sqlite")
    (project / "boroughs/migrations/0002_ward.py").write_text("operations = []\n")
    assert dbcache.key(project, "sqlite") != before


def test_each_engine_has_its_own_key(project):
    assert dbcache.key(project, "sqlite") != dbcache.key(project, "postgres")


def test_only_the_newest_keys_are_kept(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("ENGAGE_TEST_DB_CACHE_DIR", str(tmp_path))
    for age, name in enumerate(["a", "b", "c", "d", "e", "f"]):
        (tmp_path / name).mkdir()
        if name == "f":
            (tmp_path / name / "postgres").touch()  # its databases are on the server
        os.utime(tmp_path / name, (1_000_000 - age, 1_000_000 - age))  # "a" is the newest
    dropped = []
    dbcache.prune(dropped.append)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "c", "d"]
    assert dropped == [
        'DROP DATABASE IF EXISTS "engage_cache_f_migrated" WITH (FORCE)',
        'DROP DATABASE IF EXISTS "engage_cache_f_demo" WITH (FORCE)',
    ]


def test_the_cache_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("ENGAGE_TEST_DB_CACHE", "0")
    assert not dbcache.enabled()


def test_without_git_compiled_files_do_not_change_the_key(project):
    before = dbcache.key(project, "sqlite")
    (project / "boroughs/__pycache__").mkdir()
    (project / "boroughs/__pycache__/models.cpython-311.pyc").write_bytes(b"\x00compiled")
    assert dbcache.key(project, "sqlite") == before


def test_an_unreadable_cached_database_is_built_instead_and_said_so(tmp_path, monkeypatch):
    from tests.templatedb import TemplateDatabase

    monkeypatch.setenv("ENGAGE_TEST_DB_CACHE", "1")  # whatever the run was started with
    monkeypatch.setenv("ENGAGE_TEST_DB_CACHE_DIR", str(tmp_path / "cache"))
    template = TemplateDatabase(tmp_path, "")
    template.cache.folder.mkdir(parents=True)
    template.cache.path("migrated.sqlite3").write_bytes(b"not a database at all" * 100)
    assert template._from_cache("migrated") is False
    assert not template.path.exists()  # nothing half-copied for `migrate` to run on
    report = (tmp_path / "test-databases.txt").read_text()
    assert report.startswith("migrated: not copied from the cache (DatabaseError")
