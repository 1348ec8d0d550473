"""One canonical origin (ENGAGE_BASE_URL) for the addresses syndication hands out: the "Embed this"
snippet, the oEmbed response and robots.txt's Sitemap line — not the host the request came in on
(behind a proxy that is an internal name), in every language."""

import html
import re

import pytest
from wagtail.models import Locale

from .conftest import publish

pytestmark = pytest.mark.django_db

ORIGIN = "https://engage.example.org"
INTERNAL = {"HTTP_HOST": "10.0.0.7:8000"}  # what a reverse proxy may pass on


@pytest.fixture(autouse=True)
def _origin(settings):
    settings.ENGAGE_BASE_URL = ORIGIN


@pytest.fixture
def translated(home_page, advice_index, advice_page):
    """The advice page translated into Polish and Arabic (real translations, published)."""
    pages = {}
    for code in ("pl", "ar"):
        locale, _ = Locale.objects.get_or_create(language_code=code)
        publish(home_page.copy_for_translation(locale))
        publish(advice_index.copy_for_translation(locale))
        pages[code] = publish(advice_page.copy_for_translation(locale))
    return pages


def snippet(client, url) -> str:
    page_html = client.get(url, **INTERNAL).content.decode()
    block = re.search(r'<details class="embed-this">.*?</details>', page_html, re.S).group(0)
    return html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", block, re.S).group(1))


def test_embed_snippet_uses_the_configured_origin(client, advice_page, translated):
    assert snippet(client, advice_page.url).startswith(f'<iframe src="{ORIGIN}/embed/{advice_page.pk}/"')
    for code in ("pl", "ar"):
        page = translated[code]
        assert page.url.startswith(f"/{code}/")
        code_html = snippet(client, page.url)
        assert code_html.startswith(f'<iframe src="{ORIGIN}/embed/{page.pk}/"')
        assert "10.0.0.7" not in code_html


@pytest.mark.parametrize("code", ["en", "pl", "ar"])
def test_oembed_answers_with_the_configured_origin(client, advice_page, translated, code):
    page = advice_page if code == "en" else translated[code]
    response = client.get("/oembed", {"url": f"{ORIGIN}{page.url}"}, **INTERNAL)
    assert response.status_code == 200
    data = response.json()
    assert data["provider_url"] == f"{ORIGIN}/"
    assert f'src="{ORIGIN}/embed/{page.pk}/"' in data["html"]
    assert "10.0.0.7" not in response.content.decode()


def test_robots_txt_sitemap_line_uses_the_configured_origin(client):
    body = client.get("/robots.txt", **INTERNAL).content.decode()
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in body
    assert "10.0.0.7" not in body
