"""The deployment artefacts say what docs/deployment.md says they do."""

import configparser
import runpy
import shutil
import subprocess
from pathlib import Path

from tools.deploy_walkthrough import read_environment_file

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
    assert "ssl_certificate " in nginx and "listen 443 ssl" in nginx


def test_the_environment_file_reads_the_same_in_sh_and_in_systemd(tmp_path):
    """docs/deployment.md loads /etc/engage/engage.env with `set -a; . engage.env`; the units with
    EnvironmentFile=, which strips one pair of quotes. Both must see the same values."""
    example = ROOT / "deploy" / "engage.env.example"
    shell = subprocess.run(
        [shutil.which("bash"), "-c", f"set -a; . {example}; set +a; env -0"], capture_output=True, text=True, check=True
    )
    sourced = dict(item.split("=", 1) for item in shell.stdout.split("\0") if "=" in item)
    systemd = read_environment_file(example)
    assert systemd["DEFAULT_FROM_EMAIL"] == "Engage <no-reply@engage.example.org>"
    assert {key: sourced.get(key) for key in systemd} == systemd


def test_gunicorn_control_socket_is_off_unless_named(monkeypatch):
    """Its default path is one per user: a second gunicorn on the host would take it over."""
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["control_socket_disable"] is True
    monkeypatch.setenv("GUNICORN_CONTROL_SOCKET", "/run/engage/web.ctl")
    conf = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert conf["control_socket_disable"] is False and conf["control_socket"] == "/run/engage/web.ctl"
