#!/usr/bin/env python3
"""Measure the role dashboards: SQL queries and time to render /admin/ for each demo staff user.

Usage:  DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python tools/bench_dashboards.py [--runs 5]

Needs a database with the demo loaded (`manage.py migrate && manage.py load_demo &&
manage.py ensure_demo_users`). For each of hackney-editor, central-approver and hackney-handler
it renders the dashboard `--runs` times through Django's test client and prints the query count
(constant whatever the tree's size: the budget is checked by governance/tests/test_dashboard.py)
and the median and worst render time. Exit status 1 when a dashboard does not answer 200.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

USERS = ("hackney-editor", "central-approver", "hackney-handler")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    status = 0
    for username in USERS:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            print(f"{username}: missing (run manage.py ensure_demo_users)")
            status = 1
            continue
        client = Client()
        client.force_login(user)
        client.get("/admin/")  # warm caches and the session
        times, queries = [], 0
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get("/admin/")
                times.append(time.perf_counter() - start)
            queries = len(captured.captured_queries)
            if response.status_code != 200:
                status = 1
        print(
            f"{username:17} {queries:3d} queries  median {statistics.median(times) * 1000:6.1f} ms"
            f"  worst {max(times) * 1000:6.1f} ms  (status {response.status_code})"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
