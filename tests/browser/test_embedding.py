"""A community group's website, on another origin, embeds an advice article with the iframe
code from "Embed this": it renders inside the frame, tells the group's page its height, and
passes axe. The same site cannot frame an ordinary page."""

import html
import re
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest

# Driven against the shared demo server (its own database), so no test database is flushed.
pytestmark = [pytest.mark.browser]

GROUP_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dalston Residents' Association</title></head>
<body><main><h1>Dalston Residents' Association</h1>
{code}
<script>
  window.heights = [];
  window.addEventListener("message", function (event) {{
    if (event.data && event.data.type === "engage-embed:height") window.heights.push(event.data.height);
  }});
</script></main></body></html>"""


def _free_host() -> str:
    """127.0.0.2 (a different origin from the live server's localhost) when the system allows it."""
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
        return "127.0.0.2"
    except OSError:
        return "127.0.0.1"


@pytest.fixture
def group_site(tmp_path):
    """A second local web server: the community group's website. Yields (base URL, directory)."""
    host = _free_host()
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer((host, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def published_advice(demo_server):
    """A live advice article of the demo site: its id, URL and title."""
    found = demo_server.shell(
        "import json; from advice.models import AdvicePage; "
        "p = AdvicePage.objects.live().get(slug='protect-your-phone-in-the-street', locale__language_code='en'); "
        "print(json.dumps({'pk': p.pk, 'url': p.url, 'title': p.title, 'summary': p.summary}))"
    )
    return SimpleNamespace(**found)


def test_group_site_embeds_an_advice_article(published_advice, demo_server, group_site, page, axe_violations):
    base_url, directory = group_site
    assert not base_url.startswith(demo_server.url)

    # The group copies the code from "Embed this" on the article.
    page.goto(f"{demo_server.url}{published_advice.url}")
    page.get_by_text("Embed this on your website").click()
    code = page.get_by_label(re.compile("Copy this code into your website")).input_value()
    assert code.startswith(f'<iframe src="{demo_server.url}/embed/{published_advice.pk}/"')
    (directory / "index.html").write_text(GROUP_PAGE.format(code=code), encoding="utf-8")

    page.goto(f"{base_url}/index.html")
    frame = page.frame_locator("iframe")
    heading = frame.get_by_role("heading", level=1)
    heading.wait_for()
    assert heading.inner_text() == published_advice.title
    assert frame.get_by_text(published_advice.summary[:40]).is_visible()
    back = frame.get_by_role("link", name=re.compile(f"Read “{re.escape(published_advice.title)}” in full"))
    assert back.get_attribute("target") == "_top"
    # The embed tells the group's page how tall it is.
    page.wait_for_function("window.heights.length > 0")
    assert page.evaluate("Math.max(...window.heights)") > 100

    # The embed view on its own passes axe (WCAG 2.2 A/AA).
    page.goto(f"{demo_server.url}/embed/{published_advice.pk}/")
    assert axe_violations(page, "embed view") == ""


def test_group_site_cannot_frame_an_ordinary_page(published_advice, demo_server, group_site, page):
    base_url, directory = group_site
    code = f'<iframe src="{html.escape(demo_server.url + published_advice.url)}" title="Article"></iframe>'
    (directory / "index.html").write_text(GROUP_PAGE.format(code=code), encoding="utf-8")
    page.goto(f"{base_url}/index.html")
    page.wait_for_timeout(1000)
    framed = [f for f in page.frames if f is not page.main_frame]
    assert framed, "the iframe was not created"
    # Chromium refuses to render a page whose headers forbid framing: no article inside.
    assert all(published_advice.title not in (f.content() if not f.is_detached() else "") for f in framed)
