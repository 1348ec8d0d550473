"""The feedback box is rendered from markup kept per language: each page still gets its own page
id and a fresh, valid one-time token and time stamp."""

import re

import pytest

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from concerns.spam import read_token, seconds_since

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def _value(html: str, name: str) -> str:
    return re.search(rf'name="feedback-{name}" value="([^"]*)"', html).group(1)


def test_each_page_gets_its_own_id_and_fresh_valid_signals(client, home_page):
    index = AdviceIndexPageFactory(parent=home_page)
    first_page = AdvicePageFactory(parent=index, title="Bike theft", slug="bike-theft")
    second_page = AdvicePageFactory(parent=index, title="Car crime", slug="car-crime")
    first = client.get(first_page.url).content.decode()
    again = client.get(first_page.url).content.decode()
    second = client.get(second_page.url).content.decode()
    assert _value(first, "page") == str(first_page.pk) and _value(second, "page") == str(second_page.pk)
    tokens = {_value(html, "submission_token") for html in (first, again, second)}
    assert len(tokens) == 3 and all(read_token(token) for token in tokens)
    assert all(0 <= seconds_since(_value(html, "rendered_at")) < 60 for html in (first, again, second))
    assert "engage-feedback-" not in first + again + second  # no placeholder left
