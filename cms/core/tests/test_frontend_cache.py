"""A publish purges the page, the listings and feeds it appears in, and the sitemap, at the CDN."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory
from cms.settings.frontend_cache import frontend_cache_settings


class _Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = frontend_cache_settings(
        {"ENGAGE_PURGE_HTTP_URL": f"http://127.0.0.1:{server.server_port}"}
    )
    yield server
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_page_its_listings_feeds_and_sitemap(purge_server, borough):
    you_said = PriorityIndexPageFactory(parent=borough, slug="you-said-we-did")
    priority = PriorityPageFactory(parent=you_said, title="Noise", slug="noise")
    purge_server.purged.clear()
    priority.title = "Noise at night"
    priority.save_revision().publish()
    paths = {path for _host, path in purge_server.purged}
    for language in ("en", "ar", "pl"):
        assert f"/{language}/your-area/hackney/you-said-we-did/noise/" in paths  # the page
        assert f"/{language}/your-area/hackney/you-said-we-did/" in paths  # its listing
        assert f"/{language}/your-area/hackney/" in paths  # the borough page's sections
        assert f"/feeds/{language}/site.rss" in paths
        assert f"/feeds/{language}/boroughs/hackney.atom" in paths
    assert "/sitemap.xml" in paths
    assert "/sitemap-en-your-area.xml" in paths and "/sitemap-ar-your-area.xml" in paths
    assert "/calendars/hackney.ics" in paths


def test_an_unpublish_purges_too(purge_server, borough):
    you_said = PriorityIndexPageFactory(parent=borough, slug="you-said-we-did")
    priority = PriorityPageFactory(parent=you_said, title="Noise", slug="noise")
    purge_server.purged.clear()
    priority.unpublish()
    paths = {path for _host, path in purge_server.purged}
    assert "/en/your-area/hackney/you-said-we-did/noise/" in paths
    assert "/en/your-area/hackney/you-said-we-did/" in paths


def test_a_draft_purges_nothing(purge_server, borough):
    borough.title = "Draft"
    borough.save_revision()
    assert purge_server.purged == []


def test_the_backends_come_from_the_environment():
    assert frontend_cache_settings({}) == {}
    both = frontend_cache_settings(
        {"CLOUDFLARE_BEARER_TOKEN": "t", "CLOUDFLARE_ZONE_ID": "z", "CLOUDFRONT_DISTRIBUTION_ID": "d"}
    )
    assert both["cloudflare"]["ZONEID"] == "z" and both["cloudfront"]["DISTRIBUTION_ID"] == "d"
