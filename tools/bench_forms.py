#!/usr/bin/env python3
"""Benchmark the concern form: N residents send a concern at once; nothing may be lost or doubled.

Usage:  .venv/bin/python tools/bench_forms.py [--base-url URL] [--submissions 100] [--concurrency 8]

Each simulated resident GETs the form (CSRF cookie, CSRF token, one-time token and time-trap
field from the page), then all POST concurrently. It reports submissions/s, p50/p99 latency of
the POSTs (each must answer 303 to a thank-you page), and checks that exactly N rows exist for
this run (each description carries a run marker).

Without --base-url (or when nothing answers there) it starts its own gunicorn with
tools/bench_forms_settings.py (dev settings, rate limit and time trap off, tasks queued in the
database as in production) on a free port and a scratch SQLite database (or $DATABASE_URL),
migrates and loads the demo into it, and stops it afterwards. Against a server you started, it
waits past the time trap, and that server must allow the rate (ENGAGE_CONCERN_RATE_LIMIT); rows
are then counted in the database $DATABASE_URL names (or the dev database).
Exit status 1 when a submission failed or the row count is not exactly N.
"""

import argparse
import http.cookiejar
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import answers, free_port, percentile

ROOT = Path(__file__).resolve().parent.parent
FORM_PATH = "/en/your-area/hackney/tell-us/"
TIME_TRAP_SECONDS = 3.2


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _field(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    if not match:
        raise RuntimeError(f"The form has no {name} field.")
    return match.group(1)


def _first_option(html: str, select: str, pattern: str) -> str:
    block = re.search(rf'<select name="{select}".*?</select>', html, re.S)
    match = re.search(rf'<option value="({pattern})"', block.group(0) if block else "")
    if not match:
        raise RuntimeError(f"No option for {select}.")
    return match.group(1)


class Resident:
    def __init__(self, base_url: str, marker: str, number: int):
        self.url = base_url + FORM_PATH
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)
        self.marker = f"{marker} resident {number}"
        self.data: dict[str, str] = {}

    def fetch(self) -> None:
        with self.opener.open(self.url, timeout=30) as response:
            html = response.read().decode()
        self.data = {
            "csrfmiddlewaretoken": _field(html, "csrfmiddlewaretoken"),
            "submission_token": _field(html, "submission_token"),
            "rendered_at": _field(html, "rendered_at"),
            "website": "",
            "ward": _first_option(html, "ward", r"\d+|borough"),
            "category": _first_option(html, "category", r"asb:\d+|crime:\d+|other"),
            "description": f"{self.marker}: motorbikes on the towpath most evenings.",
            "location": "Canal towpath",
            "happens_when": "Evenings",
        }

    def post(self) -> tuple[int, float, str]:
        body = urllib.parse.urlencode(self.data).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Referer": self.url})  # noqa: S310 (our http URL)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=60) as response:
                response.read()
                status, location = response.status, ""
        except urllib.error.HTTPError as error:
            status, location = error.code, error.headers.get("Location", "")
        return status, (time.perf_counter() - started) * 1000, location


def count_rows(env: dict[str, str], marker: str) -> int:
    code = (
        "import django; django.setup();"
        "from concerns.models import ConcernSubmission as C;"
        f"print(C.objects.filter(description__startswith={marker!r}).count())"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return int(result.stdout.strip().splitlines()[-1])


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([python, "manage.py", "load_demo", "-v0"], cwd=ROOT, env=env, check=True)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    print(f"Starting gunicorn on {base_url} (2 workers, 4 threads each)…")
    server = subprocess.Popen(
        [
            *(python, "-m", "gunicorn", "cms.wsgi:application", "-w", "2", "--threads", "4"),
            *("-b", f"127.0.0.1:{port}", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(150):
        if answers(base_url):
            return server, base_url
        time.sleep(0.2)
    server.kill()
    raise RuntimeError("The server did not start.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="", help="a running server (default: start one)")
    parser.add_argument("--submissions", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    own_env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tools")]),
        "DJANGO_SETTINGS_MODULE": "bench_forms_settings",
    }
    base_url, server = args.base_url.rstrip("/"), None
    if base_url and answers(base_url):
        count_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.dev"),
        }
        wait_for_trap = True
    else:
        server, base_url = start_server(own_env)
        count_env, wait_for_trap = own_env, False
    marker = f"bench-{uuid.uuid4().hex[:12]}"
    try:
        residents = [Resident(base_url, marker, i) for i in range(args.submissions)]
        fetched_at = time.monotonic()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(Resident.fetch, residents))
        if wait_for_trap:
            time.sleep(max(0.0, TIME_TRAP_SECONDS - (time.monotonic() - fetched_at)))
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            results = list(pool.map(Resident.post, residents))
        elapsed = time.perf_counter() - started
        latencies = [ms for _status, ms, _location in results]
        failures = [status for status, _ms, location in results if status != 303 or "thank-you" not in location]
        rows = count_rows(count_env, marker)
        print(f"Concern form benchmark: {args.submissions} submissions, {args.concurrency} concurrent clients")
        print(f"  {'submissions/s':>16}: {len(results) / elapsed:10.1f}")
        print(f"  {'p50 ms':>16}: {statistics.median(latencies):10.1f}")
        print(f"  {'p99 ms':>16}: {percentile(latencies, 99):10.1f}")
        print(f"  {'failed':>16}: {len(failures):10d}{'  ' + str(sorted(set(failures))) if failures else ''}")
        verdict = "ok" if rows == args.submissions else f"WRONG (expected exactly {args.submissions})"
        print(f"  {'rows stored':>16}: {rows:10d}  {verdict}")
        return 0 if not failures and rows == args.submissions else 1
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
