"""Compression of HTML: brotli for pages without a CSRF token, gzip otherwise, none beside a token
and reflected input; `Vary: Accept-Encoding` and conditional requests stay right."""

import gzip

import brotli
import pytest

from cms.core.compression import accepts
from cms.core.pagecache import HIT_HEADER
from concerns.tests.factories import ConcernFormPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.ENGAGE_PAGE_CACHE = True
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path / "c")}
    }


def test_a_content_page_is_brotli_for_a_client_that_accepts_it(borough, client):
    response = client.get(borough.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response["Vary"]
    html = brotli.decompress(response.content).decode()
    assert "Hackney" in html and 'name="feedback-useful"' in html
    assert response["Content-Length"] == str(len(response.content))


def test_gzip_for_a_gzip_only_client_and_nothing_for_one_that_accepts_neither(borough, client):
    gzipped = client.get(borough.url, HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    assert "Hackney" in gzip.decompress(gzipped.content).decode()
    assert "Accept-Encoding" in gzipped["Vary"]
    plain = client.get(borough.url, HTTP_ACCEPT_ENCODING="identity")
    assert not plain.has_header("Content-Encoding") and b"Hackney" in plain.content
    refused = client.get(borough.url, HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert refused["Content-Encoding"] == "gzip"


def test_a_form_page_with_a_csrf_token_is_never_brotli(borough, client):
    form_page = ConcernFormPageFactory(parent=borough)
    response = client.get(form_page.url, HTTP_ACCEPT_ENCODING="br")
    assert response.status_code == 200, response.content[:300]
    assert not response.has_header("Content-Encoding"), (response["Content-Encoding"], response.content[:2000])
    assert b"csrfmiddlewaretoken" in response.content
    # gzip (with its random padding) as before, but never with input reflected beside the token
    assert client.get(form_page.url, HTTP_ACCEPT_ENCODING="gzip, br")["Content-Encoding"] == "gzip"
    reflected = client.get(form_page.url + "?q=hello", HTTP_ACCEPT_ENCODING="gzip, br")
    assert not reflected.has_header("Content-Encoding")


def test_cache_hits_are_brotli_and_gzip_with_weak_etags_that_answer_304(page_cache, borough, client):
    first = client.get(borough.url, HTTP_ACCEPT_ENCODING="br")
    hit = client.get(borough.url, HTTP_ACCEPT_ENCODING="br")
    again = client.get(borough.url, HTTP_ACCEPT_ENCODING="br")
    gzipped = client.get(borough.url, HTTP_ACCEPT_ENCODING="gzip")
    assert first[HIT_HEADER] == "miss" and hit[HIT_HEADER] == again[HIT_HEADER] == "hit"
    assert hit["Content-Encoding"] == again["Content-Encoding"] == "br"
    assert brotli.decompress(hit.content) == brotli.decompress(first.content)
    assert gzip.decompress(gzipped.content) == brotli.decompress(hit.content)
    assert hit["ETag"].startswith('W/"') and gzipped["ETag"].startswith('W/"')
    for encoding in ("br", "gzip"):
        not_modified = client.get(borough.url, HTTP_ACCEPT_ENCODING=encoding, HTTP_IF_NONE_MATCH=hit["ETag"])
        assert not_modified.status_code == 304


@pytest.mark.parametrize(
    ("header", "expected"),
    [("br", True), ("gzip, deflate, br, zstd", True), ("BR;q=0.5", True), ("br;q=0", False), ("gzip", False)],
)
def test_accept_encoding_is_read_with_its_qualities(header, expected):
    assert accepts(header, "br") is expected
