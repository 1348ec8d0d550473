"""Production settings refuse to start without their secrets, and pass `check --deploy` with them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GOOD_ENV = {
    "SECRET_KEY": "a-long-random-secret-value-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
    "ALLOWED_HOSTS": "engage.example.org,www.engage.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/2",
}


def run_manage(*args, **env):
    skip = {*GOOD_ENV, "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in skip}
    clean.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", sorted(set(GOOD_ENV) - {"REDIS_URL"}))  # REDIS_URL: ops.E001 (ops tests)
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in GOOD_ENV.items() if k != missing}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert f"Production settings need the environment variable {missing}" in result.stderr


def test_production_check_deploy_is_clean():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_values(monkeypatch):
    for key, value in GOOD_ENV.items():
        monkeypatch.setenv(key, value)
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.ALLOWED_HOSTS, s.WAGTAIL_ENABLE_UPDATE_CHECK, s.WAGTAIL_GRAVATAR_PROVIDER_URL)",
        **GOOD_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False ['engage.example.org', 'www.engage.example.org'] False None")
