"""The fail-soft cache with Redis stopped mid-run: the site keeps serving and accepting concerns."""

import logging
import time

import pytest

from cms.core.cache import content_version
from concerns.models import ConcernSubmission

pytestmark = pytest.mark.django_db


def test_backend_answers_as_an_empty_cache_while_redis_is_down(failsoft_cache, redis_server, caplog):
    failsoft_cache.set("k", "v", 60)
    assert failsoft_cache.get("k") == "v"
    assert failsoft_cache.add("n", 0, 60) is True
    assert failsoft_cache.incr("n") == 1
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="engage.cache"):
        assert failsoft_cache.get("k", "default") == "default"
        assert failsoft_cache.get_many(["k"]) == {}
        assert failsoft_cache.add("other", 1, 60) is False
        assert failsoft_cache.set("k", "w", 60) is None
        assert failsoft_cache.delete("k") is False
        with pytest.raises(ValueError):
            failsoft_cache.incr("n")
        assert failsoft_cache.get_or_set("x", "computed", 60) == "computed"
        assert failsoft_cache.is_degraded()
        assert failsoft_cache.ping() is False
    # One warning, however many calls failed (at most one a minute).
    warnings = [r for r in caplog.records if r.name == "engage.cache"]
    assert len(warnings) == 1
    assert "Shared cache unavailable" in warnings[0].getMessage()

    redis_server.start()
    time.sleep(0.6)  # the retry interval configured in the fixture
    failsoft_cache.set("k", "back", 60)
    assert failsoft_cache.get("k") == "back"
    assert not failsoft_cache.is_degraded()


def test_pages_and_concerns_survive_redis_stopping_mid_run(
    client, failsoft_cache, redis_server, concern_page, concern_data, borough
):
    # Warm: pages cached in Redis, content version stored there.
    assert client.get(borough.url).status_code == 200
    assert client.get(concern_page.url).status_code == 200
    assert content_version() >= 1

    redis_server.stop()

    for url in (borough.url, concern_page.url, "/ar/", "/pl/"):
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get(borough.url).content.decode()
    assert "Hackney" in page

    response = client.post(concern_page.url, concern_data())
    assert response.status_code == 303
    assert ConcernSubmission.objects.filter(description__startswith="Loud music").count() == 1
    thank_you = client.get(response["Location"])
    assert thank_you.status_code == 200

    # Readiness: the database is fine, the cache is degraded, the node stays in rotation.
    ready = client.get("/ready/")
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["services"]["cache"] == "degraded"
    assert ready.json()["services"]["database"] == "ok"


def test_rate_limit_is_shared_and_fails_open(
    client, failsoft_cache, redis_server, concern_page, concern_data, settings
):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (2, 600)
    statuses = [client.post(concern_page.url, concern_data()).status_code for _ in range(3)]
    assert statuses == [303, 303, 429]
    # The count lives in Redis (shared by every process), not in this process.
    assert any(key.startswith(b"engage-test:1:engage:rate:") for key in failsoft_cache._cache.get_client().keys("*"))

    redis_server.stop()
    # Without the shared cache the limit cannot be counted: residents are not turned away.
    response = client.post(concern_page.url, concern_data())
    assert response.status_code == 303
    assert ConcernSubmission.objects.count() == 3
