"""Two app servers, as docs/deployment.md sets them up: two gunicorn servers with separate
working directories (and media directories), sharing PostgreSQL, Redis and an S3 emulator.

- a page published on one node is served by the other at once (shared cache invalidation);
- an image uploaded through one renders from the other (shared object storage);
- a scheduled page goes live on both when the scheduler runs on one of them;
- the concern rate limit is shared (five in ten minutes, whichever server answers).

PostgreSQL only (SQLite is one file on one machine, not a shared database); .ci/run runs it there.
"""

import os
import re
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.utils import timezone

from concerns.tests.conftest import signals
from ops.tests.conftest import _wait_port
from ops.tests.test_media_s3 import png

ROOT = Path(__file__).resolve().parents[2]
PORTS = (8152, 8153)
PASSWORD = "two-servers-Password-1"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql_only(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two app servers share one database server (set DATABASE_URL)")


def _database_url() -> str:
    db = settings.DATABASES["default"]
    return f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Node:
    def __init__(self, name, port, workdir, env):
        self.name, self.port, self.workdir, self.env = name, port, workdir, env
        self.url = f"http://127.0.0.1:{port}"
        self.process = None
        self.cookies = {}

    def start(self):
        (self.workdir / "media").mkdir(parents=True, exist_ok=True)
        self.log = open(self.workdir / "gunicorn.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                "--pythonpath",
                str(ROOT),
                "cms.wsgi:application",
            ],
            cwd=self.workdir,
            env={**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "MEDIA_ROOT": str(self.workdir / "media")},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        _wait_port(self.port, up=True, timeout=120)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=60)
            self.log.close()

    def manage(self, *args):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=self.workdir,
            env={**self.env, "MEDIA_ROOT": str(self.workdir / "media")},
            capture_output=True,
            text=True,
            timeout=300,
        )

    def request(self, method, path, **kwargs):
        headers = {"X-Forwarded-Proto": "https", "Referer": f"https://127.0.0.1:{self.port}{path}"}
        headers.update(kwargs.pop("headers", {}))
        response = requests.request(
            method,
            self.url + path,
            headers=headers,
            cookies=dict(self.cookies),
            allow_redirects=False,
            timeout=60,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.fixture
def nodes(postgresql_only, redis_server, s3_server, tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "ENGAGE_", "AWS_", "REDIS_", "GUNICORN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=settings.SECRET_KEY,  # the test's signed form tokens must verify on the servers
        DATABASE_URL=_database_url(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        ENGAGE_BASE_URL=f"http://127.0.0.1:{PORTS[0]}",
        REDIS_URL=redis_server.url,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        GUNICORN_WORKERS="2",
        GUNICORN_PRELOAD="true",
        LOG_LEVEL="WARNING",
        STATIC_ROOT=str(tmp_path / "static"),
        **s3_server.env,
    )
    collect = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert collect.returncode == 0, collect.stderr
    started = []
    try:
        for name, port in zip(("a", "b"), PORTS, strict=True):
            node = Node(name, port, tmp_path / f"server-{name}", env)
            node.start()
            started.append(node)
        yield started
    finally:
        for node in started:
            node.stop()


def login(node, user):
    page = node.get("/admin/login/")
    response = node.post(
        "/admin/login/",
        data={"username": user.username, "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(page.text)},
    )
    assert response.status_code == 302, response.text[:300]


def test_two_app_servers_share_database_cache_storage_and_limits(
    nodes, borough, concern_page, concern_data, django_user_model
):
    a, b = nodes
    for node in nodes:
        assert node.get("/ready/").json() == {
            "status": "ok",
            "services": {"database": "ok", "cache": "ok", "storage": "ok"},
        }

    # 1. Published on one node, served by the other at once (B has the page cached before).
    assert "Hackney" in b.get(borough.url).text
    result = a.manage(
        "shell",
        "-c",
        f"from wagtail.models import Page; p = Page.objects.get(pk={borough.pk}).specific; "
        "p.title = 'Hackney and Stoke Newington'; p.save_revision().publish()",
    )
    assert result.returncode == 0, result.stderr
    assert "Hackney and Stoke Newington" in b.get(borough.url).text

    # 2. An image uploaded through A renders from B (the same bucket; the session is shared too).
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    user = django_user_model.objects.create_superuser("operator", "operator@example.org", PASSWORD)
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "twoservers1234")  # production's hasher
    user.save(update_fields=["password"])
    login(a, user)
    form = a.get("/admin/images/add/")
    uploaded = a.post(
        "/admin/images/add/",
        data={"title": "Ward officer", "collection": "1", "csrfmiddlewaretoken": csrf_token(form.text)},
        files={"file": ("officer.png", png().read(), "image/png")},
    )
    assert uploaded.status_code == 302, uploaded.text[:500]
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(title="Ward officer")
    b.cookies = dict(a.cookies)
    edit = b.get(f"/admin/images/{image.pk}/")
    assert edit.status_code == 200
    sources = [src for src in re.findall(r'src="([^"]+)"', edit.text) if src.startswith(s3_endpoint(a))]
    assert sources, "B rendered no image from the shared bucket"
    assert requests.get(sources[0].replace("&amp;", "&"), timeout=10).status_code == 200

    # 3. A scheduled page goes live on both when the scheduler runs its job on one node.
    from boroughs.tests.factories import WardPageFactory

    ward = WardPageFactory(parent=borough, title="Clissold", slug="clissold", live=False)
    ward.go_live_at = timezone.now() + timedelta(seconds=2)
    ward.save_revision().publish()
    ward.refresh_from_db()
    assert not ward.live
    path = f"{borough.url}clissold/"
    assert a.get(path).status_code == 404 and b.get(path).status_code == 404
    time.sleep(3)
    result = b.manage("run_scheduler", "--run", "publish-scheduled-pages")
    assert result.returncode == 0 and result.stdout.strip() == "ran", result.stderr
    assert a.get(path).status_code == 200 and b.get(path).status_code == 200

    # 4. The rate limit is shared: five in ten minutes from one client, whichever server answers.
    statuses = []
    for node in (a, b, a, b, a, b):
        form = node.get(concern_page.url)
        data = {**concern_data(), **signals(), "csrfmiddlewaretoken": csrf_token(form.text)}
        statuses.append(node.post(concern_page.url, data=data).status_code)
    assert statuses == [303, 303, 303, 303, 303, 429]


def s3_endpoint(node) -> str:
    return node.env["AWS_S3_ENDPOINT_URL"]
