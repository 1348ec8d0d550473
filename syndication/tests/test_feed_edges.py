"""Feeds whose tests build their own content: a priority's date, unknown feeds, the query budget."""

import datetime

import pytest

from advice.tests.factories import AdvicePageFactory

from .conftest import publish
from .test_feeds import parse

pytestmark = pytest.mark.django_db


def test_priority_date_is_its_latest_action_when_later(client, advice_index, borough, priority_page):
    # Published today, latest action 10 January 2026 (in the past): the publication date wins.
    _, feed = parse(client, "/feeds/en/boroughs/hackney.rss")
    entry = feed.entries[0]
    assert datetime.date(*entry.published_parsed[:3]) >= datetime.date(2026, 1, 10)


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/xx/site.rss",
        "/feeds/de/site.atom",
        "/feeds/en/boroughs/atlantis.rss",
        "/feeds/en/boroughs/atlantis.atom",
        "/feeds/pl/boroughs/hackney.rss",  # no Polish borough tree
    ],
)
def test_unknown_locale_or_borough_is_not_found(client, borough, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Location" not in response


@pytest.mark.parametrize("count", [3, 30])
def test_feed_queries_do_not_grow_with_items(client, advice_index, count, django_assert_max_num_queries):
    for _ in range(count):
        publish(AdvicePageFactory(parent=advice_index))
    with django_assert_max_num_queries(14):
        client.get("/feeds/en/site.rss")
