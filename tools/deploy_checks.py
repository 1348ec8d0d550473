"""The checks of tools/deploy_walkthrough.py, once the site runs behind nginx: what a resident, an
editor and an operator see (pages from both app servers, static and media, a concern, a page
scheduled in the admin going live, an e-mail retried, health, Redis stopped)."""

import json
import re
import sys
import time
from pathlib import Path

import requests

from ops.tests.http import form_fields

ROOT = Path(__file__).resolve().parents[1]


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (320, 240), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def poll(condition, timeout: float, every: float = 2.0):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)


def run_checks(walk, check, step, quick: bool) -> None:
    from tools.deploy_walkthrough import ADMIN, ADMIN_PASSWORD, HOST, HTTP, S3, SMTP, scheduled_time

    step("through nginx: TLS, health, pages from both app servers")
    plain = requests.get(f"http://{HOST}:{HTTP}/en/", allow_redirects=False, timeout=10)
    check(
        "http:// redirects to https://", plain.status_code == 301 and plain.headers["Location"].startswith("https://")
    )
    for path in ("/health/", "/ready/"):
        answer = walk.served(path)
        check(
            f"{path} through nginx: 200, status ok",
            answer.status_code == 200 and answer.json()["status"] == "ok",
            f"{answer.status_code} {answer.text[:200]}",
        )
    locs = re.compile(r"<loc>https?://[^/]+(/[^<]*)</loc>")
    urls = locs.findall(walk.served("/sitemap.xml").text)
    if urls and all("sitemap" in url for url in urls):  # a sitemap index: read its sitemaps
        urls = [page for sitemap in urls for page in locs.findall(walk.served(sitemap).text)]
    check("sitemap.xml lists the demo site's pages", len(urls) > 50, str(len(urls)))
    request_ids, statuses, pages = [], [], []
    for path in ["/en/", *urls[:20]]:
        answer = walk.served(path)
        pages.append(answer.text)
        statuses.append(answer.status_code)
        request_ids.append(answer.headers.get("X-Request-ID", ""))
    check("21 pages through nginx answer 200", set(statuses) == {200}, str(statuses))
    for name in ("web-a", "web-b"):
        log = walk.log(name)
        check(
            f"{name} served some of them (its access log has their request ids)",
            any(rid and f"rid={rid}" in log for rid in request_ids),
        )
    json_lines = [line for line in walk.log("web-a").splitlines() if line.startswith("{")]
    check(
        "the app's log lines are JSON with a request_id",
        bool(json_lines) and all("request_id" in json.loads(line) for line in json_lines[-20:]),
    )

    step("static files and media")
    home = walk.served("/en/").text
    css = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    static = walk.served(css)
    check(
        f"{css}: 200 from nginx (immutable cache)",
        static.status_code == 200 and "immutable" in static.headers.get("Cache-Control", ""),
    )
    editor = walk.browser()
    editor.sign_in(ADMIN, ADMIN_PASSWORD)
    form = editor.get("/admin/images/add/")
    png = _png()
    uploaded = editor.post(
        "/admin/images/add/",
        data={**form_fields(form.text), "title": "Walkthrough officer"},
        files={"file": ("officer.png", png, "image/png")},
    )
    check("an editor uploads an image in the admin (302)", uploaded.status_code == 302, str(uploaded.status_code))
    image_id = walk.psql("select max(id) from wagtailimages_image")
    edit = editor.get(f"/admin/images/{image_id}/").text
    images = [src.replace("&amp;", "&") for src in re.findall(rf'src="(http://127.0.0.1:{S3}/[^"]+)"', edit)]
    check(
        "its rendition is served from the S3 bucket",
        bool(images) and requests.get(images[0], timeout=10).status_code == 200,
        str(images[:1]),
    )
    documents = re.findall(r'href="(/documents/\d+/[^"]+)"', "".join(pages))
    if documents and not walk.reused:
        document = walk.served(documents[0])
        check(
            f"a document through Django ({documents[0]})", document.status_code in (200, 302), str(document.status_code)
        )
    form_row = walk.psql(
        "select p.url_path from wagtailcore_page p join concerns_concernformpage c on c.page_ptr_id = p.id "
        "join wagtailcore_locale l on l.id = p.locale_id where l.language_code = 'en' order by p.id limit 1"
    )
    form_path = "/en/" + form_row.split("/", 2)[2]
    check("/media/documents/… is never served by nginx", walk.served("/media/documents/x.pdf").status_code == 404)

    step("a concern, with the mail server down")
    sent = walk.submit_concern(form_path)
    check("the concern is accepted (303 to the thank-you page)", sent.status_code == 303, str(sent.status_code))
    concern_id = int(walk.psql("select max(id) from concerns_concernsubmission"))
    concern = f"from concerns_concernsubmission where id = {concern_id}"
    attempted = poll(
        lambda: walk.psql("select delivery_attempts " + concern) not in ("", "0"),
        120,
    )
    status = walk.psql("select ack_status, notify_status, last_delivery_error " + concern)
    check("the worker tried its e-mails, failed, and left them pending", attempted and "pending" in status, status)

    step("a page scheduled in the admin goes live by the scheduler")
    ward_id, ward_path = walk.psql(
        "select p.id, p.url_path from wagtailcore_page p join boroughs_wardpage w on w.page_ptr_id = p.id "
        "join wagtailcore_locale l on l.id = p.locale_id where l.language_code = 'en' order by p.id limit 1"
    ).split("|")
    public = "/en/" + ward_path.split("/", 2)[2]
    go_live = scheduled_time(70)
    title = f"Ward scheduled for {go_live:%H:%M:%S}"
    answer = editor.edit_page(int(ward_id), title=title, go_live_at=go_live.strftime("%Y-%m-%d %H:%M:%S"))
    check(
        "the editor schedules a change (302)", answer.status_code == 302, f"{answer.status_code} {answer.text[-500:]}"
    )
    check("not live before its time", title not in walk.served(public).text)
    published = poll(lambda: title in walk.served(public).text, 200, every=5)
    check(f"live through nginx after its time ({public})", published)

    step("Redis stopped: the site keeps serving and accepting concerns")
    walk.stop("redis")
    check("pages still 200", all(walk.served(path).status_code == 200 for path in ["/en/", *urls[:5]]))
    ready = walk.served("/ready/").json()
    check(
        "/ready/ says degraded (cache)",
        ready["status"] == "degraded" and ready["services"]["cache"] != "ok",
        str(ready),
    )
    sent = walk.submit_concern(form_path)
    check("a concern is accepted with Redis down (303)", sent.status_code == 303, str(sent.status_code))
    check(
        "the log says 'Shared cache unavailable'", "Shared cache unavailable" in walk.log("web-a") + walk.log("web-b")
    )
    walk.start_redis()
    check("Redis back: /ready/ ok again", poll(lambda: walk.served("/ready/").json()["status"] == "ok", 30))

    step("the e-mail retried once the mail server is back")
    walk.start("smtp", [sys.executable, "-u", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{SMTP}"])
    if quick:
        retried = walk.bash(
            f"set -a; . {walk.env_file}; set +a; DJANGO_SETTINGS_MODULE=cms.settings.production "
            ".venv/bin/python manage.py retry_concern_emails"
        )
        check("retry_concern_emails (by hand)", retried.returncode == 0, retried.stderr[-500:])
    sent_status = poll(
        lambda: walk.psql("select ack_status " + concern) == "sent",
        660,
        every=10,
    )
    check("the scheduler's retry-concern-emails sent it (ack_status sent)" if not quick else "sent", sent_status)
    check("the mail server received the acknowledgement", "alex@example.org" in walk.log("smtp"))
    runs = walk.psql("select job, status, count(*) from ops_scheduledrun group by job, status order by job")
    print("    scheduler runs: " + runs.replace("\n", "; "))
    failed = walk.psql("select count(*) from django_tasks_database_dbtaskresult where status = 'FAILED'")
    check("no failed background task (load_demo and everything since)", failed == "0", failed)
