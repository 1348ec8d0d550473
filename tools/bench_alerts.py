#!/usr/bin/env python3
"""Benchmark alerts: 100,000 confirmed subscribers in one borough.

Usage:  .venv/bin/python tools/bench_alerts.py [--subscribers 100000] [--send 5000] [--publishes 15]

In a scratch test database (SQLite, or test_<name> of $DATABASE_URL's server) it builds one
borough with a news index, then measures:
1. publishing an update WITHOUT the alerts receiver connected, and WITH it (the request only
   creates the alert row and enqueues the fan-out in the database queue, as in production:
   tools/bench_alerts_settings.py);
2. the fan-out (one delivery row per subscriber, keyset batches) for all subscribers: time, and
   Python heap peak (tracemalloc) compared with the same fan-out for a tenth of them: flat means
   the peak does not grow with the number of subscribers;
3. sending `--send` messages through Django's real SMTP backend into a local aiosmtpd sink, by one
   worker (one process): messages/s.
Exit status 1 when a target is missed (publishing more than 50 ms slower with alerts; heap peak
growing more than 2x from 10% to 100% of the subscribers; fewer than 200 messages/s).
"""

import argparse
import os
import socket
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_alerts_settings")


def free_port() -> int:
    for port in range(8390, 8400):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit("No free port in 8390-8399 for the SMTP sink")


class CountingSink:
    def __init__(self, counter):
        self.counter = counter

    async def handle_DATA(self, server, session, envelope):
        with self.counter.get_lock():
            self.counter.value += 1
        return "250 OK"


def serve_sink(port, counter, ready, stop):
    """The SMTP sink in its own process: in a thread of the sender it would share the GIL with
    it, and every SMTP round trip would wait for a thread switch."""
    from aiosmtpd.controller import Controller

    controller = Controller(CountingSink(counter), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--send", type=int, default=5_000)
    parser.add_argument("--publishes", type=int, default=15)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        return run(args)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def publish_times(parent, count: int, label: str) -> list[float]:
    from boroughs.tests.factories import UpdatePageFactory

    times = []
    for n in range(count):
        page = UpdatePageFactory.build(title=f"{label} {n}")
        parent.add_child(instance=page)
        page.live = False
        page.save()
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        times.append(time.perf_counter() - started)
    return times


def add_subscribers(borough, count: int, start: int = 0) -> None:
    from django.utils import timezone

    from alerts.models import Subscriber, SubscriberArea, SubscriberTopic, address_hash

    now = timezone.now()
    batch = 5_000
    for first in range(start, start + count, batch):
        rows = [
            Subscriber(
                email=f"bench{n}@example.org",
                email_hash=address_hash(f"bench{n}@example.org"),
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=now,
                language=("en", "pl", "ar", "bn")[n % 4],
            )
            for n in range(first, min(first + batch, start + count))
        ]
        created = Subscriber.objects.bulk_create(rows)
        if created and created[0].pk is None:  # backends that do not return ids
            emails = [row.email for row in rows]
            created = list(Subscriber.objects.filter(email__in=emails))
        SubscriberArea.objects.bulk_create(
            SubscriberArea(subscriber=s, borough_key=borough.translation_key) for s in created
        )
        SubscriberTopic.objects.bulk_create(SubscriberTopic(subscriber=s, key="news") for s in created)


def fan_out_peak(alert) -> tuple[float, int, int]:
    from alerts import delivery

    tracemalloc.start()
    started = time.perf_counter()
    created = delivery.fan_out(alert.pk)
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak, created


def run(args) -> int:
    from django.conf import settings
    from wagtail.signals import page_published

    from alerts import delivery
    from alerts.models import Alert, Delivery
    from alerts.signals import on_page_published
    from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory, UpdateIndexPageFactory
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    index = BoroughIndexPageFactory(parent=home)
    borough = BoroughPageFactory(parent=index, title="Hackney", slug="hackney", code="HAC")
    news = UpdateIndexPageFactory(parent=borough)
    failures = []

    tenth = max(args.subscribers // 10, 1)
    add_subscribers(borough, tenth)
    page_published.disconnect(on_page_published, dispatch_uid="alerts.page_published")
    publish_times(news, 3, "warm-up")
    without = publish_times(news, args.publishes, "without")
    page_published.connect(on_page_published, dispatch_uid="alerts.page_published")
    publish_times(news, 1, "small")
    small_alert = Alert.objects.latest("pk")
    small_time, small_peak, small_created = fan_out_peak(small_alert)

    add_subscribers(borough, args.subscribers - tenth, start=tenth)
    with_alerts = publish_times(news, args.publishes, "with")
    alert = Alert.objects.latest("pk")
    Alert.objects.exclude(pk__in=[alert.pk, small_alert.pk]).delete()
    big_time, big_peak, big_created = fan_out_peak(alert)

    p_without, p_with = statistics.median(without) * 1000, statistics.median(with_alerts) * 1000
    print(f"subscribers: {args.subscribers:,} confirmed in one borough ({connection_vendor()})")
    print(f"publish (median of {args.publishes}): {p_without:.1f} ms without alerts, {p_with:.1f} ms with alerts")
    if p_with - p_without > 50:
        failures.append("publishing is more than 50 ms slower with alerts")
    print(
        f"fan-out: {small_created:,} rows in {small_time:.1f} s (heap peak {small_peak / 1e6:.1f} MB); "
        f"{big_created:,} rows in {big_time:.1f} s (heap peak {big_peak / 1e6:.1f} MB)"
    )
    if big_peak > 2 * small_peak:
        failures.append("fan-out memory grows with the number of subscribers")

    import multiprocessing

    port = free_port()
    counter, ready, stop = multiprocessing.Value("i", 0), multiprocessing.Event(), multiprocessing.Event()
    sink = multiprocessing.Process(target=serve_sink, args=(port, counter, ready, stop), daemon=True)
    sink.start()
    ready.wait(30)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    try:
        ids = list(
            Delivery.objects.filter(alert=alert)
            .order_by("subscriber_id")
            .values_list("subscriber_id", flat=True)[: args.send]
        )
        started, cpu_started = time.perf_counter(), time.process_time()
        size = delivery.batch_size()
        sent = 0
        for first in range(0, len(ids), size):
            chunk = ids[first : first + size]
            sent += delivery.send_batch(alert.pk, chunk[0], chunk[-1])["sent"]
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        stop.set()
        sink.join(10)
    rate = sent / elapsed if elapsed else 0
    print(
        f"sending: {sent:,} messages in {elapsed:.1f} s = {rate:.0f} messages/s by one worker; sink received {counter.value:,}"
    )
    if sent:
        print(
            f"sending CPU: {1000 * cpu / sent:.1f} ms per message in the worker = {sent / cpu:.0f} messages/s per busy core"
        )
    if rate < 200:
        failures.append("fewer than 200 messages/s")
    if counter.value != sent:
        failures.append("the sink did not receive every message")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


if __name__ == "__main__":
    sys.exit(main())
