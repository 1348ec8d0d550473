"""Browser + accessibility harness: Playwright driving Debian's chromium, axe-core from
axe-playwright-python.

- No `playwright install`: we launch /usr/bin/chromium (or $CHROMIUM_PATH).
- Under `make test` a missing browser skips these tests with a clear message; with
  ENGAGE_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails them instead.
- `axe_check(page)` fails with every WCAG 2.2 A/AA violation: rule, selector, help URL.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

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

    Built once per test session and worker (loading the whole demo takes about a minute), shared
    by every browser journey that session runs. `shell(code)` runs Python with Django set up against that database and
    returns what it prints, for tests that check what was stored."""

    def __init__(self, url: str, env: dict[str, str]):
        self.url = url
        self.env = env

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def shell(self, code: str):
        """Run `code` (which must print one JSON value) against the demo database."""
        return json.loads(self.manage("shell", "--no-imports", "-c", code).strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_server(browser_type_launch_args):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["DJANGO_SETTINGS_MODULE"] = "tests.browser.server_settings"
    env["PYTHONPATH"] = str(ROOT)
    base_url = os.environ.get("DATABASE_URL", "")
    drop = None
    if base_url.startswith("postgres"):
        import psycopg

        name = f"engage_browser_{uuid.uuid4().hex[:8]}"
        admin_url = base_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = base_url.rsplit("/", 1)[0] + f"/{name}"

        def drop():
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        env["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='engage-browser-')}/demo.sqlite3"
    port = int(os.environ.get("ENGAGE_BROWSER_PORT") or 0) or _free_port()  # a fixed port where one is assigned
    server = DemoServer(f"http://127.0.0.1:{port}", env)
    server.manage("migrate", "--noinput", "-v0")
    server.manage("load_demo", "-v0")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"{server.url}/robots.txt", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("The demo server did not start.")
        yield server
    finally:
        process.terminate()
        process.wait(timeout=20)
        if drop:
            drop()
