"""/health/ and /ready/: outside the language prefix, no login, never cached, no personal data."""

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/health/", "/ready/"])
def test_endpoints_answer_without_language_prefix_or_login(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert response.json()["status"] == "ok"


def test_ready_lists_each_service_and_nothing_else(client):
    body = client.get("/ready/").json()
    assert body == {"status": "ok", "services": {"database": "ok", "cache": "ok", "storage": "ok"}}


def test_ready_is_503_without_the_database(client, monkeypatch):
    from django.db.backends.base import base

    def broken(self, *args, **kwargs):
        raise OperationalError("connection refused to secret-host")

    monkeypatch.setattr(base.BaseDatabaseWrapper, "temporary_connection", broken)
    response = client.get("/ready/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["services"]["database"] == "unavailable"
    assert "secret-host" not in response.content.decode()


def test_ready_is_degraded_but_in_rotation_when_storage_fails(client, monkeypatch):
    from django.core.files.storage import InMemoryStorage

    def broken(self, name, content):
        raise OSError("bucket unreachable")

    monkeypatch.setattr(InMemoryStorage, "_save", broken)
    response = client.get("/ready/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "services": {"database": "ok", "cache": "ok", "storage": "degraded"},
    }


def test_health_is_not_under_a_language(client):
    assert client.get("/en/health/").status_code == 404
    assert client.get("/health/", HTTP_ACCEPT_LANGUAGE="pl").status_code == 200


def test_responses_carry_a_request_id(client):
    response = client.get("/health/")
    assert len(response["X-Request-ID"]) == 32
    response = client.get("/health/", HTTP_X_REQUEST_ID="lb-abcdef123456")
    assert response["X-Request-ID"] == "lb-abcdef123456"
    response = client.get("/health/", HTTP_X_REQUEST_ID="<script>")
    assert response["X-Request-ID"] != "<script>"
