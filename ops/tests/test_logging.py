"""Production logs are JSON lines carrying the request id."""

import json

from cms.core.tests.test_settings import GOOD_ENV, run_manage

CODE = """
import logging
from django.http import HttpResponse
from django.test import RequestFactory
from ops.logging import RequestIdMiddleware

def view(request):
    logging.getLogger("engage.concerns").warning("Stored a concern for %s", "Hackney")
    return HttpResponse("ok")

response = RequestIdMiddleware(view)(RequestFactory().get("/", HTTP_X_REQUEST_ID="nginx-0123456789abcdef"))
print(response["X-Request-ID"])
"""


def test_production_logs_are_json_with_the_request_id():
    result = run_manage("shell", "-c", CODE, **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "nginx-0123456789abcdef"
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    record = next(line for line in lines if line.get("logger") == "engage.concerns")
    assert record["message"] == "Stored a concern for Hackney"
    assert record["level"] == "WARNING"
    assert record["request_id"] == "nginx-0123456789abcdef"
    assert "time" in record


def test_sentry_is_on_only_when_sentry_dsn_is_set():
    code = "import sentry_sdk; c = sentry_sdk.get_client(); print(c.is_active(), c.options['send_default_pii'])"
    result = run_manage("shell", "-c", code, **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("False")
    dsn = "http://publickey@127.0.0.1:9159/1"  # nothing listens there; no event is sent by this test
    result = run_manage("shell", "-c", code, SENTRY_DSN=dsn, **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True False"
