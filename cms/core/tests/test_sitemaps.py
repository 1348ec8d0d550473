"""The sitemap index: split by locale and section, bounded parts, alternates, absolute URLs."""

import re

import pytest
from wagtail.models import Locale

from cms.core import sitemaps


@pytest.fixture
def polish_borough(borough):
    """Hackney in Polish: the home page, the index and the borough page translated."""
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    home = borough.get_parent().get_parent()
    for page in (home, borough.get_parent(), borough):
        if not page.has_translation(polish):
            page.specific.copy_for_translation(polish, copy_parents=True).save_revision().publish()
    return borough.get_translation(polish)


def _locs(body: str) -> list[str]:
    return re.findall(r"<loc>([^<]+)</loc>", body)


def test_the_index_lists_one_part_per_locale_and_section(client, polish_borough):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    parts = _locs(response.content.decode())
    assert "http://testserver/sitemap-en-your-area.xml" in parts
    assert "http://testserver/sitemap-pl-your-area.xml" in parts
    assert "http://testserver/sitemap-en-home.xml" in parts


def test_a_part_lists_its_locale_with_alternates_for_every_language(client, polish_borough):
    body = client.get("/sitemap-pl-your-area.xml").content.decode()
    assert "http://testserver/pl/your-area/hackney/" in _locs(body)
    assert "http://testserver/en/your-area/hackney/" not in _locs(body)  # English is its own part
    assert '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/your-area/hackney/"/>' in body
    assert '<xhtml:link rel="alternate" hreflang="pl" href="http://testserver/pl/your-area/hackney/"/>' in body


def test_an_arabic_part_exists_once_arabic_pages_do(client, borough):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    home = borough.get_parent().get_parent()
    for page in (home, borough.get_parent(), borough):
        if not page.has_translation(arabic):
            page.specific.copy_for_translation(arabic, copy_parents=True).save_revision().publish()
    body = client.get("/sitemap-ar-your-area.xml").content.decode()
    assert "http://testserver/ar/your-area/hackney/" in _locs(body)
    assert 'hreflang="ar"' in body


def test_parts_are_bounded_and_numbered(client, borough_index, monkeypatch):
    from boroughs.tests.factories import BoroughPageFactory

    monkeypatch.setattr(sitemaps, "PART_SIZE", 2)
    for i in range(4):
        BoroughPageFactory(parent=borough_index, title=f"Borough {i}", slug=f"borough-{i}")
    index = _locs(client.get("/sitemap.xml").content.decode())
    # the index page and four boroughs: five pages in parts of two
    assert [loc for loc in index if "en-your-area" in loc] == [
        "http://testserver/sitemap-en-your-area.xml",
        "http://testserver/sitemap-en-your-area.xml?p=2",
        "http://testserver/sitemap-en-your-area.xml?p=3",
    ]
    for number in (1, 2, 3):
        assert len(_locs(client.get(f"/sitemap-en-your-area.xml?p={number}").content.decode())) <= 2
    assert client.get("/sitemap-en-your-area.xml?p=4").status_code == 404
    assert client.get("/sitemap-en-your-area.xml?p=x").status_code == 404
    assert client.get("/sitemap-xx-nothing.xml").status_code == 404


def test_a_part_is_cached_until_content_changes(client, borough, django_assert_max_num_queries):
    client.get("/sitemap-en-your-area.xml")
    with django_assert_max_num_queries(1):
        client.get("/sitemap-en-your-area.xml")
    borough.title = "Hackney and the City"
    borough.save_revision().publish()
    assert client.get("/sitemap-en-your-area.xml").status_code == 200
