"""Browser + accessibility harness: Playwright driving Debian's chromium, axe-core from
axe-playwright-python.

- No `playwright install`: we launch /usr/bin/chromium (or $CHROMIUM_PATH).
- Under `make test` a missing browser skips these tests with a clear message; with
  ENGAGE_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails them instead.
- `axe_check(page)` fails with every WCAG 2.2 A/AA violation: rule, selector, help URL.
"""

import os
import shutil

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


@pytest.fixture
def demo_site(django_db_serialized_rollback, transactional_db):
    """The full demo content, as `make run` loads it. Serialized rollback restores what the
    migrations created (locale, home page, site) for the tests that run after this one."""
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
