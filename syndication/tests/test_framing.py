"""Only the embed view may be framed by other sites; the admin preview by this site only;
everything else by nobody (cms/core/middleware.py)."""

import pytest
from django.urls import reverse

from cms.core.middleware import _with_frame_ancestors

pytestmark = pytest.mark.django_db


def assert_never_framed(response):
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_embed_route_may_be_framed_by_any_site(client, advice_page):
    response = client.get(reverse("syndication:embed", args=[advice_page.pk]))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    directives = [d.strip() for d in response["Content-Security-Policy"].split(";")]
    assert [d for d in directives if d.startswith("frame-ancestors")] == ["frame-ancestors *"]
    assert "default-src 'self'" in directives  # the rest of the policy still applies


def test_every_other_route_forbids_framing(client, advice_page, borough):
    for url in [
        advice_page.url,
        borough.url,
        "/en/",
        "/admin/login/",
        "/admin/",
        "/api/v2/pages/",
        f"/oembed?url=http://testserver{advice_page.url}",
        "/feeds/en/site.rss",
        "/en/no-such-page/",
        "/embed/999999/",
        "/robots.txt",
    ]:
        response = client.get(url)
        assert response.status_code in (200, 302, 404), url
        assert_never_framed(response)


def test_admin_preview_can_still_be_framed_by_the_admin_itself(admin_client, borough_index):
    """Wagtail's live preview shows the page in a same-origin iframe of the editor."""
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[borough_index.pk])
    data = {"title": "Your area (edited)", "slug": "your-area", "introduction": "Find your borough."}
    state = admin_client.post(preview_url, data)
    assert state.json()["is_valid"] is True
    response = admin_client.get(preview_url)
    assert response.status_code == 200
    assert "Your area (edited)" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    # The editor page that holds the preview iframe is itself never framed.
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[borough_index.pk]))
    assert_never_framed(edit)


def test_existing_policies_keep_their_directives():
    assert _with_frame_ancestors("default-src 'none'", "frame-ancestors 'none'") == (
        "default-src 'none'; frame-ancestors 'none'"
    )
    assert _with_frame_ancestors("frame-ancestors *; img-src 'self'", "frame-ancestors 'none'") == (
        "img-src 'self'; frame-ancestors 'none'"
    )
