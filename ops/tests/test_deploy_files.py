"""The deployment artefacts say what docs/deployment.md says they do."""

import configparser
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_gunicorn_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_TIMEOUT", "45")
    conf = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert conf["workers"] == 3 and conf["timeout"] == 45
    assert conf["max_requests"] == 1000 and conf["max_requests_jitter"] == 100
    assert conf["accesslog"] == "-" and "x-request-id" in conf["access_log_format"]


def test_systemd_units_run_web_worker_and_scheduler_with_production_settings():
    commands = {}
    for name in ("engage-web", "engage-worker", "engage-scheduler"):
        unit = configparser.ConfigParser(strict=False, interpolation=None)
        unit.read(ROOT / "deploy" / "systemd" / f"{name}.service")
        assert unit["Service"]["EnvironmentFile"] == "/etc/engage/engage.env"
        assert "DJANGO_SETTINGS_MODULE=cms.settings.production" in unit["Service"]["Environment"]
        commands[name] = unit["Service"]["ExecStart"]
    assert "gunicorn -c deploy/gunicorn.conf.py cms.wsgi:application" in commands["engage-web"]
    assert commands["engage-worker"].endswith("manage.py db_worker --interval 1")
    assert commands["engage-scheduler"].endswith("manage.py run_scheduler")


def test_nginx_passes_the_client_address_header_and_never_serves_documents_from_disk():
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    env = (ROOT / "deploy" / "engage.env.example").read_text()
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in nginx
    assert "ENGAGE_CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR" in env
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in nginx
    assert "location ^~ /media/documents/ { return 404; }" in nginx
    assert "ssl_certificate " in nginx and "listen 443 ssl;" in nginx
