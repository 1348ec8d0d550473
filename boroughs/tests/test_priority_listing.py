"""'You said, we did' keeps each page's cards rendered per content version: a publish shows at
once, every language and page number gets its own cards, and a warm page queries no priorities."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def you_said(borough):
    return PriorityIndexPageFactory(parent=borough)


def test_a_publish_shows_at_once_in_the_cached_cards(client, you_said):
    priority = PriorityPageFactory(parent=you_said, title="Parking on pavements", status="open")
    assert "Parking on pavements" in client.get(you_said.url).content.decode()
    priority.title = "Parking on pavements near schools"
    priority.save_revision().publish()
    assert "Parking on pavements near schools" in client.get(you_said.url).content.decode()
    priority.unpublish()
    assert "Parking on pavements" not in client.get(you_said.url).content.decode()


def test_a_warm_page_does_not_query_the_priorities(client, you_said):
    for i in range(3):
        PriorityPageFactory(parent=you_said, title=f"Priority {i}", status="open")
    first = client.get(you_said.url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(you_said.url).content.decode()
    assert second.count('class="priority-card"') == first.count('class="priority-card"') == 3
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [q for q in sql if "boroughs_prioritypage" in q or "boroughs_priorityaction" in q]


def test_pages_and_languages_have_their_own_cards(client, you_said):
    for i in range(25):
        PriorityPageFactory(parent=you_said, title=f"Resolved {i:02}", status="resolved", outcome="Done.")
    first = client.get(you_said.url).content.decode()
    second = client.get(you_said.url + "?page=2").content.decode()
    assert first.count('class="priority-card"') == 20 and second.count('class="priority-card"') == 5
    assert len(set(_titles(first)) | set(_titles(second))) == 25
    polish = client.get(you_said.url.replace("/en/", "/pl/", 1)).content.decode()
    assert "Rozwiązany</span>" in polish and "Resolved</span>" not in polish  # the status, in Polish
    assert "Resolved</span>" in first


def _titles(html: str) -> list[str]:
    return re.findall(r'class="priority-card__title"[^>]*><a href="[^"]*">([^<]*)</a>', html)
