"""The oEmbed provider against the oEmbed 1.0 specification (https://oembed.com/)."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from advice.tests.factories import AdvicePageFactory

from .conftest import publish

pytestmark = pytest.mark.django_db

# Section 2.3.4: required of every response, and of the "rich" type.
REQUIRED = {"type", "version"}
REQUIRED_RICH = {"html", "width", "height"}


def oembed(client, url, **params):
    return client.get("/oembed", {"url": url, **params})


def page_address(page) -> str:
    return f"http://testserver{page.url}"


def test_rich_response_has_every_required_field(client, advice_page, settings):
    response = oembed(client, page_address(advice_page), format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data.keys() >= REQUIRED | REQUIRED_RICH
    assert data["type"] == "rich"
    assert data["version"] == "1.0"
    assert data["title"] == "Keep your bike safe"
    assert data["provider_name"] == settings.WAGTAIL_SITE_NAME
    assert data["provider_url"] == "http://testserver/"
    assert data["author_name"] == settings.ENGAGE_FORCE_NAME
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    assert isinstance(data["cache_age"], int) and data["cache_age"] > 0
    assert "thumbnail_url" not in data  # no listing image
    iframe = data["html"]
    assert iframe.startswith("<iframe ") and iframe.endswith("</iframe>")
    assert f'src="http://testserver/embed/{advice_page.pk}/"' in iframe
    assert f'width="{data["width"]}"' in iframe and f'height="{data["height"]}"' in iframe
    assert 'title="Keep your bike safe (Metropolitan Police Service)"' in iframe
    assert response["Access-Control-Allow-Origin"] == "*"


def test_maxwidth_and_maxheight_are_respected(client, advice_page):
    data = oembed(client, page_address(advice_page), maxwidth="320", maxheight="240").json()
    assert data["width"] <= 320 and data["height"] <= 240
    assert 'width="320"' in data["html"] and 'height="240"' in data["html"]


@pytest.mark.parametrize("value", ["1000000000000", "9" * 5000])
def test_absurdly_large_sizes_are_clamped(client, advice_page, value):
    response = oembed(client, page_address(advice_page), maxwidth=value, maxheight=value)
    assert response.status_code == 200
    assert response.json()["width"] == 600


@pytest.mark.parametrize("value", ["0", "-5", "wide", "1.5", "12px", "١٢"])
def test_malformed_sizes_are_a_bad_request(client, advice_page, value):
    assert oembed(client, page_address(advice_page), maxwidth=value).status_code == 400
    assert oembed(client, page_address(advice_page), maxheight=value).status_code == 400


def test_missing_url_is_a_bad_request(client):
    assert client.get("/oembed").status_code == 400
    assert client.get("/oembed", {"url": "  "}).status_code == 400


def test_xml_and_other_formats_are_not_implemented(client, advice_page):
    assert oembed(client, page_address(advice_page), format="xml").status_code == 501
    assert oembed(client, page_address(advice_page), format="yaml").status_code == 501


@pytest.mark.parametrize("fixture", ["draft_advice", "private_advice", "expired_advice"])
def test_unpublished_private_and_expired_pages_are_not_found(client, request, fixture):
    page = request.getfixturevalue(fixture)
    assert oembed(client, f"http://testserver/en/advice/{page.slug}/").status_code == 404


def test_non_article_unknown_and_foreign_urls_are_not_found(client, advice_page, borough):
    for url in [
        page_address(borough),  # not an article
        "http://testserver/en/",
        "http://testserver/en/advice/no-such-advice/",
        "http://testserver/advice/keep-your-bike-safe/",  # no language prefix
        "https://evil.example/en/advice/keep-your-bike-safe/",  # another site
        "javascript:alert(1)",
        "not a url",
        "http://[::1",
    ]:
        response = oembed(client, url)
        assert response.status_code == 404, url
        assert response.get("Location") is None


def test_url_on_a_configured_site_hostname_is_recognised(client, advice_page):
    site = Site.objects.get(is_default_site=True)
    response = oembed(client, f"http://{site.hostname}{advice_page.url}")
    assert response.status_code == 200


def test_thumbnail_from_the_listing_image_respects_maxwidth(client, advice_index):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Bike", file=get_test_image_file(size=(1200, 800)))
    page = publish(AdvicePageFactory(parent=advice_index, listing_image=image))
    data = oembed(client, page_address(page), maxwidth="300").json()
    assert data["thumbnail_url"].startswith("http://testserver/")
    assert data["thumbnail_width"] <= 300
    assert data["thumbnail_height"] == 200
    assert data["width"] <= 300


def test_preflight_is_answered(client):
    response = client.options("/oembed", HTTP_ORIGIN="https://group.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_every_embeddable_page_advertises_its_oembed_endpoint(client, advice_page):
    page_html = client.get(advice_page.url).content.decode()
    links = re.findall(
        r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)" title="([^"]+)">', page_html
    )
    assert len(links) == 1
    href, title = html.unescape(links[0][0]), html.unescape(links[0][1])
    assert title == "Keep your bike safe"
    parts = urlsplit(href)
    assert parts.path == "/oembed"
    assert parse_qs(parts.query) == {"url": [page_address(advice_page)], "format": ["json"]}
    # The advertised address answers.
    assert client.get(href).json()["title"] == "Keep your bike safe"


def test_pages_that_cannot_be_embedded_advertise_no_oembed(client, home_page, borough, private_advice, admin_client):
    for response in (client.get("/en/"), client.get(borough.url), admin_client.get(private_advice.url)):
        assert response.status_code == 200
        assert "json+oembed" not in response.content.decode()
