"""Concurrent posts against a real database (PostgreSQL in CI): no lost and no doubled rows."""

import threading

import pytest
from django.db import connection
from django.test import Client

from concerns.models import ConcernSubmission

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent transactions"),
]


def _post_all(url, payloads):
    barrier = threading.Barrier(len(payloads))
    statuses, errors = [], []

    def worker(data):
        from django.db import connections

        try:
            client = Client()
            barrier.wait()
            statuses.append(client.post(url, data).status_code)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(data,)) for data in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return statuses


def test_twenty_concurrent_posts_give_twenty_rows(concern_page, concern_data, settings):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (0, 600)
    statuses = _post_all(concern_page.url, [concern_data(description=f"Concern {i}") for i in range(20)])
    assert statuses == [303] * 20
    assert ConcernSubmission.objects.count() == 20
    assert ConcernSubmission.objects.values("reference").distinct().count() == 20


def test_twenty_concurrent_replays_give_one_row(concern_page, concern_data, settings):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (0, 600)
    data = concern_data()
    statuses = _post_all(concern_page.url, [data] * 20)
    assert statuses == [303] * 20
    assert ConcernSubmission.objects.count() == 1
