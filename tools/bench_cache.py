#!/usr/bin/env python3
"""Side-by-side benchmark: pages cached and uncached, against a static file, in one run.

Usage:  .venv/bin/python tools/bench_cache.py [--database-url [LABEL=]URL ...] [--requests 300] [--port 8140]

For each database URL (default: the dev SQLite file with the demo loaded; add a PostgreSQL URL to
compare, and the scale data set built by `make_scale_data` labelled `scale-…`, e.g.
`--database-url demo=sqlite:///db.sqlite3 --database-url scale=sqlite:///scale.sqlite3`), it starts gunicorn with production settings (2 workers, loopback only, no TLS redirect),
once with the anonymous page cache on and once off, and runs a bounded request loop (N requests
per path, 2 concurrent clients) over the same paths: a static CSS file, the home page, a borough
page, "You said, we did", the advice index, the ASB page and the sitemap. It prints requests per second, server CPU per request
(user + system time of the workers, from /proc) and p99, then the ratios the targets are about:

- cached page req/s ÷ static file req/s        (target ≥ 0.5)
- uncached borough page CPU ms per request     (target ≤ 10 ms)
- PostgreSQL ÷ SQLite req/s, borough uncached  (target ≥ 0.9), when both are given for one data set
- scale ÷ demo uncached borough CPU             (target ≤ 1.1), when a label starts with "scale"

The machine load (1-minute load average) is printed with every run: on a shared machine the
absolute figures move; the ratios, measured in the same run, move much less. Exit code 1 when a
target is missed. Prepare a database with `manage.py migrate` + `load_demo` (or
`make_scale_data`) and `collectstatic` first.
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = {
    "static": "/static/css/engage.css",
    "home": "/en/",
    "borough": "/en/your-area/hackney/",
    "you-said": "/en/your-area/hackney/you-said-we-did/",
    "advice": "/en/advice/",
    "asb": "/ar/anti-social-behaviour/",
    "sitemap": "/sitemap.xml",
}
CLK_TCK = os.sysconf("SC_CLK_TCK")
QUIET = ["--log-level", "warning"]


def fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})  # noqa: S310 (loopback)
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback URL we built)
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, (time.perf_counter() - started) * 1000


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / CLK_TCK


def workers(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def production_env(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"),
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
    }


def collect_static(database_url: str) -> None:
    """Production settings serve hashed static files from a manifest: collect them (with those
    settings) unless STATIC_ROOT already has one; `collectstatic` under the dev settings writes none."""
    static_root = Path(os.environ.get("STATIC_ROOT") or ROOT / "staticfiles")
    if not (static_root / "staticfiles.json").exists():
        print(f"collectstatic (production settings) into {static_root}")
        command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
        subprocess.run(command, cwd=ROOT, env=production_env(database_url), check=True)


def start_server(port: int, database_url: str, page_cache: bool) -> subprocess.Popen:
    env = {
        **production_env(database_url),
        "ENGAGE_PAGE_CACHE": "true" if page_cache else "false",
        "ENGAGE_BASE_URL": f"http://127.0.0.1:{port}",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "-w", "2", "-b", f"127.0.0.1:{port}", *QUIET],
        cwd=ROOT,
        env=env,
    )
    for _ in range(150):
        try:
            if fetch(f"http://127.0.0.1:{port}{PATHS['static']}")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit("The server did not start.")


def measure(base: str, path: str, requests: int, pids: list[int]) -> dict:
    # Warm every worker's caches: concurrently, as measured, or one worker takes every warm-up
    # request and the other's first (cold) request lands in the measurement.
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(fetch, [base + path] * 10))
    cpu_before = cpu_seconds(pids)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(fetch, [base + path] * requests))
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds(pids) - cpu_before
    latencies = sorted(ms for _, ms in results)
    return {
        "errors": sum(1 for status, _ in results if status != 200),
        "rps": requests / elapsed,
        "cpu_ms": cpu * 1000 / requests,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", action="append", help="repeat to compare (e.g. SQLite and PostgreSQL)")
    parser.add_argument("--requests", type=int, default=300, help="requests per path per run")
    parser.add_argument("--port", type=int, default=8140)
    args = parser.parse_args()
    runs = [run_label(value) for value in (args.database_url or [f"sqlite:///{ROOT / 'db.sqlite3'}"])]

    collect_static(runs[0][1])
    table: dict = {}
    for label, database_url in runs:
        for page_cache in (True, False):
            mode = "cached" if page_cache else "uncached"
            server = start_server(args.port, database_url, page_cache)
            try:
                pids = workers(server.pid)
                base = f"http://127.0.0.1:{args.port}"
                load = os.getloadavg()[0]
                print(f"\n{label}, page cache {mode} (load average {load:.1f})")
                print(f"  {'path':<10} {'req/s':>8} {'cpu ms':>8} {'p50 ms':>8} {'p99 ms':>8} errors")
                for name, path in PATHS.items():
                    result = measure(base, path, args.requests, pids)
                    table[(label, mode, name)] = result
                    print(
                        f"  {name:<10} {result['rps']:8.1f} {result['cpu_ms']:8.2f} {result['p50']:8.1f}"
                        f" {result['p99']:8.1f} {result['errors']}"
                    )
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=30)
    failed = ratios(table, [label for label, _url in runs])
    errors = [f"{label} {mode} {name}" for (label, mode, name), result in table.items() if result["errors"]]
    if errors:
        print(f"\nNot every request answered 200, so those figures are not a page's cost: {', '.join(errors)}")
    return 1 if failed or errors else 0


def run_label(value: str) -> tuple[str, str]:
    """`label=URL` or a bare URL (labelled by its engine: sqlite, postgres)."""
    label, _, url = value.partition("=") if "=" in value.split("://", 1)[0] else ("", "", value)
    return (label or url.split(":", 1)[0]), url


def ratios(table: dict, labels: list[str]) -> bool:
    """Print the ratios the targets are about; True if one is missed."""
    failed = False
    print("\nRatios (same run)")
    for label in labels:
        static = table[(label, "cached", "static")]["rps"]
        for name in ("home", "borough", "you-said", "advice", "asb"):
            ratio = table[(label, "cached", name)]["rps"] / static
            failed |= ratio < 0.5
            print(f"  {label} cached {name} ÷ static req/s: {ratio:.2f}  (target ≥ 0.50)")
        cpu = table[(label, "uncached", "borough")]["cpu_ms"]
        failed |= "sqlite" in label and not label.startswith("scale") and cpu > 10
        print(f"  {label} uncached borough CPU per request: {cpu:.1f} ms  (target ≤ 10 on the demo)")
    for label in labels:  # PostgreSQL beside SQLite, for the same data set ("scale-postgres" / "scale-sqlite")
        if "postgres" in label and (sqlite := label.replace("postgres", "sqlite")) in labels:
            ratio = table[(label, "uncached", "borough")]["rps"] / table[(sqlite, "uncached", "borough")]["rps"]
            failed |= ratio < 0.9
            print(f"  {label} ÷ {sqlite}, uncached borough req/s: {ratio:.2f}  (target ≥ 0.90)")
    for label in labels:  # the scale data set beside the demo, on the same database engine
        if label.startswith("scale") and (demo := label.replace("scale", "demo", 1)) in labels:
            ratio = table[(label, "uncached", "borough")]["cpu_ms"] / table[(demo, "uncached", "borough")]["cpu_ms"]
            failed |= ratio > 1.1
            print(f"  {label} ÷ {demo}, uncached borough CPU: {ratio:.2f}  (target ≤ 1.10)")
            for name in ("you-said", "advice", "asb", "sitemap"):
                p99 = table[(label, "uncached", name)]["p99"]
                print(f"  {label} uncached {name} p99: {p99:.0f} ms")
    return failed


if __name__ == "__main__":
    sys.exit(main())
