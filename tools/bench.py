#!/usr/bin/env python3
"""Benchmark the public site: latency (p50/p95/p99), throughput and server memory.

Usage:  .venv/bin/python tools/bench.py [--base-url http://127.0.0.1:8000] [--requests 200] [--concurrency 4]

If nothing answers at --base-url, the script starts its own gunicorn (2 workers, dev settings,
the dev database with the demo loaded) on a free local port, measures, and stops it. It reports
against targets and exits 1 when a target is missed. Speed and memory targets are checked here,
never in timed tests.
"""

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ["/en/", "/en/your-area/", "/en/your-area/hackney/", "/en/your-area/lambeth/", "/robots.txt", "/sitemap.xml"]
TARGETS = {"p50_ms": 60.0, "p99_ms": 400.0, "rss_mb_per_worker": 250.0}


def fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (local URL we built)
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, (time.perf_counter() - started) * 1000


def answers(base_url: str) -> bool:
    try:
        return fetch(base_url + "/robots.txt")[0] == 200
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pids: list[int]) -> list[float]:
    sizes = []
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        except OSError:
            pass
    return sizes


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=200, help="requests per path")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    base_url, server = args.base_url.rstrip("/"), None
    if not answers(base_url):
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
        python = sys.executable
        subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run([python, "manage.py", "load_demo", "-v0"], cwd=ROOT, env=env, check=True)
        print(f"Starting gunicorn on {base_url} (2 workers)…")
        server = subprocess.Popen(
            [
                python,
                "-m",
                "gunicorn",
                "cms.wsgi:application",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        for _ in range(100):
            if answers(base_url):
                break
            time.sleep(0.2)
        else:
            server.kill()
            print("The server did not start.")
            return 2
    try:
        for path in PATHS:  # warm caches
            fetch(base_url + path)
        urls = [base_url + path for path in PATHS for _ in range(args.requests)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            results = list(pool.map(fetch, urls))
        elapsed = time.perf_counter() - started
        errors = [status for status, _ in results if status != 200]
        latencies = [ms for _, ms in results]
        report = {
            "requests": len(results),
            "errors": len(errors),
            "req_per_s": len(results) / elapsed,
            "p50_ms": statistics.median(latencies),
            "p95_ms": percentile(latencies, 95),
            "p99_ms": percentile(latencies, 99),
        }
        if server is not None:
            workers = children(server.pid)
            sizes = rss_mb(workers)
            report["rss_mb_per_worker"] = max(sizes) if sizes else 0.0
        print(f"Benchmark of {base_url} ({args.concurrency} concurrent clients, {len(PATHS)} paths)")
        failed = bool(errors)
        for key, value in report.items():
            target = TARGETS.get(key)
            verdict = "" if target is None else ("  ok" if value <= target else f"  MISSED (target <= {target})")
            failed |= target is not None and value > target
            print(f"  {key:>18}: {value:10.1f}{verdict}")
        return 1 if failed else 0
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
