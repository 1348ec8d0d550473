"""Browser + accessibility harness: Playwright driving Debian's chromium, axe-core from
axe-playwright-python.

- No `playwright install`: we launch /usr/bin/chromium (or $CHROMIUM_PATH).
- Under `make test` a missing browser skips these tests with a clear message; with
  ENGAGE_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails them instead.
- `axe_check(page)` fails with every WCAG 2.2 A/AA violation: rule, selector, help URL.
- ONE demo server per session, whichever xdist workers run the browser tests (`demo_server`).
"""

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.db import connections
from django.test import override_settings
from django.utils import translation

from tests.ports import free_port
from tests.templatedb import TemplateDatabase, file_lock

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _chromium_path() -> str | None:
    candidate = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    return candidate if candidate and os.path.exists(candidate) else None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    path = _chromium_path()
    if path is None:
        message = (
            "No chromium found: install Debian's `chromium` package (apt-get install chromium) to run browser tests."
        )
        if os.environ.get("ENGAGE_REQUIRE_BROWSER") == "1":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": path, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def axe():
    return Axe()


def format_violations(url: str, viewport: str, violations: list[dict]) -> str:
    lines = [f"{url} ({viewport}): {len(violations)} axe violation(s)"]
    for violation in violations:
        lines.append(f"  - {violation['id']} [{violation.get('impact')}]: {violation['help']}")
        lines.append(f"    help: {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    at: {' '.join(map(str, node['target']))}")
    return "\n".join(lines)


@pytest.fixture
def axe_violations(axe):
    """Return a function that runs axe (WCAG 2.2 A/AA) on the page and returns a report or ''."""

    def run(page, label: str = "") -> str:
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
        )
        violations = results.response.get("violations", [])
        return format_violations(label or page.url, "", violations) if violations else ""

    return run


ROOT = Path(__file__).resolve().parents[2]


class DemoServer:
    """The demo site as `make run` builds it, in its own database, served by gunicorn.

    A copy of the demo template database (tests/templatedb.py: migrated, then `load_demo`, once
    per test session), shared by every browser journey on every xdist worker. `shell(code)` runs
    Python with Django set up against that database and returns what it prints, for tests that
    check or prepare what is stored."""

    def __init__(self, url: str, env: dict[str, str], db_blocker=None):
        self.url = url
        self.env = env
        self.db_blocker = db_blocker

    def manage(self, *args: str, timeout: int = 300) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def shell(self, code: str):
        """Run `code` (which must print one JSON value) against the demo database: in this process
        (a `manage.py shell` would start Django again, about 3 s of CPU each time), with the
        default connection pointed at the demo database and the server's settings, then back."""
        if self.db_blocker is None or connections["default"].in_atomic_block:
            return json.loads(self.manage("shell", "--no-imports", "-c", code).strip().splitlines()[-1])
        connection = connections["default"]
        database = self.env["DATABASE_URL"]
        name = database.rsplit("/", 1)[1] if database.startswith("postgres") else database[len("sqlite:///") :]
        saved, output = connection.settings_dict["NAME"], io.StringIO()
        with self.db_blocker.unblock(), override_settings(**server_settings_overrides(self.url)):
            connection.close()
            connection.settings_dict["NAME"] = name
            cache.clear()
            try:
                with contextlib.redirect_stdout(output), translation.override(None):
                    exec(compile(code, "<demo_server.shell>", "exec"), {"__name__": "__main__"})  # noqa: S102
            finally:
                connection.close()
                connection.settings_dict["NAME"] = saved
                cache.clear()
        return json.loads(output.getvalue().strip().splitlines()[-1])


def server_settings_overrides(url: str) -> dict:
    """What tests/browser/server_settings.py changes in the test settings, for this server."""
    from tests.browser import server_settings

    names = ("ENGAGE_CONCERN_MIN_SECONDS", "ENGAGE_CONCERN_RATE_LIMIT", "DEBUG")
    return {"ENGAGE_BASE_URL": url, "WAGTAILADMIN_BASE_URL": url} | {n: getattr(server_settings, n) for n in names}


def _start_demo_server(template: TemplateDatabase, db_blocker) -> dict:
    """Copy the demo template (the migrated template with `load_demo` run on it, built once per
    session: tests/templatedb.py), point its Site at this server's address and start gunicorn in
    its own process group (it outlives the worker that started it; the last worker using it stops it)."""
    template.ensure_demo()
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["DJANGO_SETTINGS_MODULE"] = "tests.browser.server_settings"
    env["PYTHONPATH"] = str(ROOT)
    database = ""
    if template.is_postgres:
        database = f"engage_browser_{uuid.uuid4().hex[:8]}"
        env["DATABASE_URL"] = template.copy_demo(database)
    else:
        env["DATABASE_URL"] = template.copy_demo(Path(tempfile.mkdtemp(prefix="engage-browser-")) / "demo.sqlite3")
    port = int(os.environ.get("ENGAGE_BROWSER_PORT") or 0) or free_port()  # a fixed port where one is assigned
    server = DemoServer(f"http://127.0.0.1:{port}", env, db_blocker)
    env["ENGAGE_BASE_URL"] = server.url  # the one origin of every absolute URL: this server
    # What load_demo would change for this origin: the default Site's host and port.
    server.shell("from demo.i18n_sync import align_site_with_base_url as a; a(); print(1)")
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "cms.wsgi:application", "-b", f"127.0.0.1:{port}"),
            *("-w", "2", "--threads", "4", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    state = {"url": server.url, "env": env, "pid": process.pid, "database": database, "users": 0}
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{server.url}/robots.txt", timeout=2):
                return state
        except OSError:
            time.sleep(0.2)
    _stop_demo_server(state, template)
    pytest.fail("The demo server did not start.")


def _group_alive(pgid: int) -> bool:
    """Whether a process of group `pgid` still runs. A finished gunicorn stays a zombie until the
    worker that started it reaps it, and `killpg(pgid, 0)` counts zombies: reap it if it is ours,
    and read the states in /proc where there is one."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pgid, os.WNOHANG)
    proc = Path("/proc")
    if not proc.is_dir():
        os.killpg(pgid, 0)  # raises ProcessLookupError when the group is gone
        return True
    for stat in proc.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                return True
    return False


def _stop_demo_server(state: dict, template: TemplateDatabase) -> None:
    try:
        os.killpg(state["pid"], signal.SIGTERM)
        for _ in range(100):
            if not _group_alive(state["pid"]):
                break
            time.sleep(0.2)
        else:
            os.killpg(state["pid"], signal.SIGKILL)
    except ProcessLookupError:
        pass
    if state["database"]:
        template.execute(f'DROP DATABASE IF EXISTS "{state["database"]}" WITH (FORCE)')


@pytest.fixture(scope="session")
def demo_server(browser_type_launch_args, migrated_template, django_db_blocker):
    """ONE demo server for every browser test of the session, whichever xdist worker runs them:
    the first worker to need it builds it, the others reuse it (state in the session's shared
    temporary directory, under a file lock), and the last one using it stops it."""
    shared = migrated_template.shared_dir
    state_file = shared / "demo-server.json"
    with file_lock(shared / "demo-server.lock"):
        state = (
            json.loads(state_file.read_text())
            if state_file.exists()
            else _start_demo_server(migrated_template, django_db_blocker)
        )
        state["users"] += 1
        state_file.write_text(json.dumps(state))
    try:
        yield DemoServer(state["url"], state["env"], django_db_blocker)
    finally:
        with file_lock(shared / "demo-server.lock"):
            state = json.loads(state_file.read_text())
            state["users"] -= 1
            if state["users"]:
                state_file.write_text(json.dumps(state))
            else:
                state_file.unlink()
                _stop_demo_server(state, migrated_template)
