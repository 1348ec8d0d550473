"""Site-wide responses: robots.txt, sitemap.xml, the 404 page, the friendly CSRF failure."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages_only(client, borough_index, borough):
    draft = borough_index.add_child(
        instance=type(borough)(title="Draft", slug="draft", bcu=borough.bcu, code="DRA", introduction="x", live=False)
    )
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "/sitemap-en-your-area.xml" in index.content.decode()  # an index of parts (sitemaps.py)
    response = client.get("/sitemap-en-your-area.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/en/your-area/hackney/" in body
    assert draft.slug not in body


def test_not_found_page_helps_the_reader(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "find your borough" in html
    assert "999" in html


def test_missing_csrf_token_gets_a_friendly_403(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/", {"anything": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your form has expired" in html
    assert "Nothing has been sent" in html


def test_every_response_forbids_framing(client, home_page):
    for url in ("/en/", "/robots.txt", "/admin/login/"):
        assert client.get(url)["X-Frame-Options"] == "DENY"


def test_admin_makes_no_calls_out(admin_client, settings):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "releases.wagtail.io" not in html
