"""Rendered HTML cached on a digest of its data: new data or a publish shows at once, each language
and host has its own markup, and a preview is never cached."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory
from cms.core.rendered import html_key

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def test_the_key_follows_data_language_and_host_and_a_preview_has_none():
    request = RequestFactory().get("/", HTTP_HOST="testserver")
    with translation.override("en"):
        english = html_key("t", "x.html", {"a": 1}, request)
        assert english == html_key("t", "x.html", {"a": 1}, request)
        assert english != html_key("t", "x.html", {"a": 2}, request)
        other_host = RequestFactory().get("/", HTTP_HOST="localhost")
        assert english != html_key("t", "x.html", {"a": 1}, other_host)
    with translation.override("ar"):
        assert english != html_key("t", "x.html", {"a": 1}, request)
    request.is_preview = True
    assert html_key("t", "x.html", {"a": 1}, request) is None
    assert html_key("t", "x.html", {"a": lambda: 1}, RequestFactory().get("/")) is None  # not picklable


def test_a_publish_shows_at_once_in_the_cached_sections(client, borough):
    you_said = PriorityIndexPageFactory(parent=borough)
    priority = PriorityPageFactory(parent=you_said, title="Parking on pavements", status="open")
    assert "Parking on pavements" in client.get(borough.url).content.decode()
    priority.title = "Speeding on Mare Street"
    priority.save_revision().publish()
    html = client.get(borough.url).content.decode()
    assert "Speeding on Mare Street" in html and "Parking on pavements" not in html
