#!/usr/bin/env python3
"""Benchmark finding things: postcode lookup and site search, full requests in process.

Usage:  .venv/bin/python tools/bench_find.py [--database-url postgres://…] [--requests 300]
        make bench FIND_DB=postgres://…/engage_scale   (the 30,000-page scale data set)

Runs each request through Django (URL routing, middleware, view, template) with the test client,
with production-like settings (tools/bench_find_settings.py: DEBUG off, cached templates), against
--database-url (else DATABASE_URL, else the dev SQLite file). The database must hold the demo
(`load_demo`; it imports the sample postcodes) or a real ONSPD import, and for the search target
the scale data (`make_scale_data`) with its search index. Reports p50/p95 per kind against the
targets and exits 1 when a target is missed. Speed is checked here, never in timed tests.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"postcode": 20.0, "search": 100.0}  # p95, milliseconds


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def warn_without_statistics(connection) -> None:
    """PostgreSQL plans a search from the tables' column statistics. A database just bulk-loaded, or
    copied with `createdb -T` from one that was, has none until ANALYZE (autovacuum does not analyze
    a copy nobody writes to), and its times are not production's: say so."""
    if connection.vendor != "postgresql":
        return
    tables = ("wagtailcore_page", "wagtailsearch_indexentry")
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT tablename FROM pg_stats WHERE tablename = ANY(%s)", [list(tables)])
        analyzed = {row[0] for row in cursor.fetchall()}
    missing = [table for table in tables if table not in analyzed]
    if missing:
        print(
            f"  warning: no planner statistics for {', '.join(missing)}:"
            " run ANALYZE on this database for production-like plans"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="requests per kind")
    parser.add_argument("--database-url", default="", help="the database to read (default: DATABASE_URL)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tools.bench_find_settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    from places.models import Postcode

    client = Client(HTTP_HOST="localhost")
    full = [p.display for p in Postcode.objects.order_by("?")[:50]] or ["E8 4QS"]
    outward = sorted({code.split()[0] for code in full})
    postcode_queries = [q.lower().replace(" ", "") for q in full] + outward + ["BN1 1AA", "E8 7XX", "hello"]
    words = ["e-scooter", "burglary", "bike theft", "hackney", "anti-social behaviour", "phone", "meeting", "zzzyxq"]
    languages = ["en", "pl", "ar"]
    kinds = {
        "postcode": [("/{lang}/postcode/", {"postcode": q}) for q in postcode_queries],
        "search": [("/{lang}/search/", {"q": w}) for w in words]
        + [
            ("/{lang}/search/", {"q": "e-scooter", "type": "priorities"}),
            ("/{lang}/search/", {"q": "advice", "page": "2"}),
        ],
    }
    print(
        f"Finding benchmark on {connection.vendor} {connection.settings_dict['NAME']} ({Page.objects.count():,} pages,"
        f" {Postcode.objects.count():,} postcodes), {args.requests} requests per kind, DEBUG={settings.DEBUG}"
    )
    warn_without_statistics(connection)
    failed = False
    for kind, requests in kinds.items():
        for path, params in requests[:5]:  # warm up
            client.get(path.format(lang="en"), params)
        latencies, cpu, errors = [], [], 0
        for n in range(args.requests):
            path, params = requests[n % len(requests)]
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path.format(lang=languages[n % len(languages)]), params)
            latencies.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            errors += response.status_code >= 500
        p95 = percentile(latencies, 95)
        verdict = "ok" if p95 <= TARGETS[kind] and not errors else f"MISSED (target p95 <= {TARGETS[kind]} ms)"
        failed |= p95 > TARGETS[kind] or bool(errors)
        # This process's CPU time per request (Python, not the database server's): less
        # sensitive than wall time to other work on a shared machine.
        print(
            f"  {kind:>8}: p50 {statistics.median(latencies):6.1f} ms  p95 {p95:6.1f} ms"
            f"  (CPU p50 {statistics.median(cpu):5.1f} ms)  errors {errors}  {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
