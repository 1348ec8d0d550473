"""Production refuses to start without a shared cache (unless one process is declared), and a
schedule naming a command that does not exist is a check error."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from cms.core.tests.test_settings import GOOD_ENV, run_manage
from ops.checks import check_schedule


def test_production_without_shared_cache_refuses_to_start():
    env = {k: v for k, v in GOOD_ENV.items() if k != "REDIS_URL"}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "ops.E001" in result.stderr and "REDIS_URL" in result.stderr


def test_production_single_process_declared_starts():
    env = {k: v for k, v in GOOD_ENV.items() if k != "REDIS_URL"}
    result = run_manage("check", ENGAGE_SINGLE_PROCESS="true", **env)
    assert result.returncode == 0, result.stderr


def test_production_uses_the_fail_soft_backend_and_serve_view():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'], s.WAGTAILDOCS_SERVE_METHOD)",
        **GOOD_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "cms.core.cache_backends.FailSoftRedisCache",
        "serve_view",
    ]


def test_schedule_check_accepts_the_agreed_schedule():
    assert check_schedule(None) == []


@pytest.mark.parametrize(
    ("job", "message"),
    [
        ({"command": "send_alert_digestz", "cron": "0 7 * * *"}, "not a management command"),
        ({"command": "publish_scheduled", "cron": "every minute"}, "invalid cron expression"),
        ({"command": "publish_scheduled", "cron": "61 * * * *"}, "invalid cron expression"),
    ],
)
def test_schedule_check_rejects_unknown_commands_and_bad_cron(settings, job, message):
    settings.ENGAGE_SCHEDULE = {**settings.ENGAGE_SCHEDULE, "broken": job}
    errors = check_schedule(None)
    assert [e.id for e in errors] == ["ops.E002"]
    assert message in errors[0].msg
    with pytest.raises(SystemCheckError):
        call_command("check")
