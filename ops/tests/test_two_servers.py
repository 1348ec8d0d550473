"""Two app servers, as docs/deployment.md sets them up: two gunicorn servers (production settings
without collected static files, deploy/gunicorn.conf.py) with separate working directories, sharing PostgreSQL, Redis and an S3
emulator. Everything an editor does goes through the Wagtail admin over HTTP:

- a page an editor publishes on server A is served by server B at once (shared cache invalidation);
- an image uploaded through A renders from B (shared object storage);
- a page scheduled in the admin goes live on both when the scheduler runs its job on one of them;
- the concern rate limit is shared (five in ten minutes, whichever server answers).

PostgreSQL only (SQLite is one file on one machine, not a shared database); .ci/run runs it there.
The servers' database is a copy of the session's migrated template (tests/templatedb.py), so
nothing is migrated here, and the copy is dropped afterwards.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests
from django.conf import settings

from concerns.tests.conftest import signals
from ops.tests.conftest import _wait_port
from ops.tests.http import Browser, form_fields
from ops.tests.test_media_s3 import png

ROOT = Path(__file__).resolve().parents[2]
PORTS = (8553, 8554)
PASSWORD = "two-servers-Password-1"

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL: two app servers share one database server (set DATABASE_URL)",
)

# The site an operator's editors would have built, made once in the servers' database with the
# project's factories: a borough with a live ward and a concern form, and an editor in
# "Central communications" (docs/governance.md), who may publish.
SETUP = """
import json
from advice.tests.factories import AsbCategoryFactory
from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory, WardPageFactory
from concerns.tests.factories import ConcernFormPageFactory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from governance.roles import setup_roles
from home.models import HomePage

home = HomePage.objects.get(locale__language_code="en")
borough = BoroughPageFactory(
    parent=BoroughIndexPageFactory(parent=home), title="Hackney", slug="hackney", code="HAC",
    email="hackney.team@example.org",
)
ward = WardPageFactory(parent=borough, title="Dalston", slug="dalston")
noise = AsbCategoryFactory(name="Noise", slug="noise")
form = ConcernFormPageFactory(parent=borough)
setup_roles()
editor = get_user_model().objects.create_user("editor", "editor@example.org", "%(password)s")
editor.groups.add(Group.objects.get(name="Central communications"))
print(json.dumps({"borough": [borough.pk, borough.url], "ward": [ward.pk, ward.url],
                  "form": form.url, "category": noise.pk}))
"""


class Node:
    """One app server: `deploy/gunicorn.conf.py` under production settings, in its own directory."""

    def __init__(self, name: str, port: int, workdir: Path, env: dict[str, str]):
        self.name, self.port, self.workdir = name, port, workdir
        (workdir / "media").mkdir(parents=True, exist_ok=True)
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "MEDIA_ROOT": str(workdir / "media")}
        self.url = f"http://127.0.0.1:{port}"
        self.process = None

    def start(self) -> None:
        self.log = open(self.workdir / "gunicorn.log", "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                *(str(Path(sys.executable).parent / "gunicorn"), "-c", str(ROOT / "deploy" / "gunicorn.conf.py")),
                *("--pythonpath", str(ROOT), "cms.wsgi:application"),
            ],
            cwd=self.workdir,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped with its worker
        )

    def wait(self) -> None:
        try:
            _wait_port(self.port, up=True, timeout=120)
        except RuntimeError:
            raise AssertionError((self.workdir / "gunicorn.log").read_text()[-3000:]) from None

    def stop(self) -> None:
        """The test is over and no request is waiting for an answer: kill the server's process group."""
        if self.process:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
            self.log.close()

    def start_manage(self, *args: str) -> subprocess.Popen:
        """Start a management command on this server (its environment and working directory)."""
        return subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=self.workdir,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def manage(self, *args: str) -> str:
        return finished(self.start_manage(*args))

    def browser(self) -> Browser:
        return Browser(self.url, forwarded_proto=True)


def finished(command: subprocess.Popen) -> str:
    """What a management command started with Node.start_manage printed, once it succeeded."""
    stdout, stderr = command.communicate(timeout=300)
    assert command.returncode == 0, stderr[-3000:]
    return stdout


@pytest.fixture
def nodes(migrated_template, redis_server, s3_server, tmp_path):
    """Servers A and B, started together, while their database (a copy of the session's migrated
    template) is made and the site's content set up in it; the database is dropped afterwards."""
    database = f"{migrated_template.name.removesuffix('_template')}_two_servers_{uuid.uuid4().hex[:6]}"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "ENGAGE_", "AWS_", "REDIS_", "GUNICORN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="ops.tests.two_servers_settings",  # production's, without collectstatic
        SECRET_KEY=settings.SECRET_KEY,  # the test's signed form tokens must verify on the servers
        DATABASE_URL=f"{migrated_template.server_url}/{database}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        ENGAGE_BASE_URL=f"http://127.0.0.1:{PORTS[0]}",
        REDIS_URL=redis_server.url,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        GUNICORN_WORKERS="1",  # one process per server is enough to show what they share
        LOG_LEVEL="WARNING",
        STATIC_ROOT=str(tmp_path / "static"),  # empty: static files come from the apps (two_servers_settings)
        **s3_server.env,
    )
    (tmp_path / "static").mkdir()
    a, b = (Node(name, port, tmp_path / f"server-{name}", env) for name, port in zip("ab", PORTS, strict=True))

    def set_up_site() -> dict:
        migrated_template.create_postgres_copy(database)
        return json.loads(a.manage("shell", "--no-imports", "-c", SETUP % {"password": PASSWORD}).splitlines()[-1])

    with ThreadPoolExecutor(1) as pool:
        setup = pool.submit(set_up_site)  # the servers touch no database until the first request
        try:
            a.start()
            b.start()
            a.wait()
            b.wait()
            yield a, b, setup.result()
        finally:
            a.stop()
            b.stop()
            setup.exception()  # the copy exists (or failed) before it is dropped
            migrated_template.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def concern(browser: Browser, site: dict) -> requests.Response:
    """Send the concern form as a resident would (the rendered form's fields, filled in)."""
    form = browser.get(site["form"])
    assert form.status_code == 200, form.status_code
    data = {
        **form_fields(form.text, "public-form"),
        **signals(),  # as if rendered a minute ago (the time trap)
        "ward": str(site["ward"][0]),
        "category": f"asb:{site['category']}",
        "description": "Loud music from a flat until 3am most nights.",
        "location": "Dalston Lane",
        "name": "Alex Resident",
        "email": "alex@example.org",
        "consent": "on",
    }
    return browser.post(site["form"], data=data)


def test_two_app_servers_share_database_cache_storage_and_limits(nodes):
    a, b, site = nodes
    for node in (a, b):
        assert node.browser().get("/ready/").json() == {
            "status": "ok",
            "services": {"database": "ok", "cache": "ok", "storage": "ok"},
        }
    editor_a, editor_b, resident_a, resident_b = a.browser(), b.browser(), a.browser(), b.browser()
    editor_a.sign_in("editor", PASSWORD)
    editor_b.share_session_with(editor_a)  # one session, whichever server answers
    borough_id, borough_path = site["borough"]

    # 1. An editor schedules a new ward in the admin on A, to go live in a few seconds; it is not
    #    live yet on either server. (Its publishing is checked at the end, while other steps run.)
    add_path = f"/admin/pages/add/boroughs/wardpage/{borough_id}/"
    add_form = editor_a.get(add_path)
    assert add_form.status_code == 200
    go_live = datetime.now(ZoneInfo(settings.TIME_ZONE)) + timedelta(seconds=3)
    scheduled = editor_a.post(
        add_path,
        data={
            **form_fields(add_form.text, "page-edit-form"),
            "title": "Clissold",
            "slug": "clissold",
            "introduction": "Clissold Park and the streets around it.",
            "go_live_at": go_live.strftime("%Y-%m-%d %H:%M:%S"),
            "action-publish": "action-publish",
        },
    )
    assert scheduled.status_code == 302, scheduled.text[:1000]
    new_ward = f"{borough_path}clissold/"
    assert resident_a.get(new_ward).status_code == 404 and resident_b.get(new_ward).status_code == 404
    time.sleep(max(0.0, (go_live - datetime.now(go_live.tzinfo)).total_seconds()) + 0.5)
    scheduler = b.start_manage("run_scheduler", "--run", "publish-scheduled-pages")  # B's scheduler, once

    # 2. An editor publishes a change in the admin on A; B, which had both pages cached, serves it at once.
    ward_id, ward_path = site["ward"]
    assert "Dalston" in resident_b.get(borough_path).text and "Dalston" in resident_b.get(ward_path).text
    published = editor_a.edit_page(ward_id, title="Dalston and De Beauvoir")
    assert published.status_code == 302, published.text[:1000]
    assert "Dalston and De Beauvoir" in resident_b.get(ward_path).text
    assert "Dalston and De Beauvoir" in resident_b.get(borough_path).text

    # 3. An image uploaded through the admin on A renders from B (the same bucket).
    form = editor_a.get("/admin/images/add/")
    uploaded = editor_a.post(
        "/admin/images/add/",
        data={**form_fields(form.text), "title": "Ward officer"},
        files={"file": ("officer.png", png().read(), "image/png")},
    )
    assert uploaded.status_code == 302, uploaded.text[:1000]
    image_id = re.search(r"/admin/images/(\d+)/", editor_b.get("/admin/images/").text).group(1)  # the only one
    edit = editor_b.get(f"/admin/images/{image_id}/")
    assert edit.status_code == 200
    endpoint = a.env["AWS_S3_ENDPOINT_URL"]
    sources = [src.replace("&amp;", "&") for src in re.findall(r'src="([^"]+)"', edit.text) if src.startswith(endpoint)]
    assert sources, "B rendered no image from the shared bucket"
    assert requests.get(sources[0], timeout=10).status_code == 200

    # 4. The rate limit is shared: five in ten minutes from one client, whichever server answers.
    responses = [concern(node.browser(), site) for node in (a, b, a, b, a, b)]
    assert [response.status_code for response in responses] == [303, 303, 303, 303, 303, 429], responses[0].text

    # 1 (end). The scheduler's job, run on B, published the ward: both servers serve it.
    assert finished(scheduler).strip() == "ran"
    assert resident_a.get(new_ward).status_code == 200 and resident_b.get(new_ward).status_code == 200
