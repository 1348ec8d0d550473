"""The copy bugs staff found (issue 19), each checked as a reader sees it, in English, Arabic
(right to left) and Polish where the wording changes."""

import datetime
import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from boroughs.tests.factories import (
    PriorityIndexPageFactory,
    PriorityPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory

pytestmark = pytest.mark.django_db


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_home_page_title_is_not_doubled(client, home_page, borough):
    home_page.save_revision().publish()
    borough.save_revision().publish()
    html = client.get(home_page.url).content.decode()
    assert title_of(html) == home_page.title
    assert "| Engage" not in title_of(html)
    assert title_of(client.get(borough.url).content.decode()) == "Hackney | Engage"


@pytest.mark.parametrize(("language", "label"), [("en", "Home"), ("ar", "الرئيسية"), ("pl", "Strona główna")])
def test_home_link_is_labelled_home_in_the_readers_language(client, home_page, language, label):
    html = client.get(f"/{language}/").content.decode()
    nav = html[html.index('class="primary-nav"') :]
    first_link = re.search(r"<li><a [^>]*>(.*?)</a></li>", nav).group(1)
    assert first_link == label


def test_favicon_is_served(client, home_page):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.ico")
    assert finders.find("favicon.ico") and finders.find("favicon.svg")
    html = client.get("/en/").content.decode()
    assert 'rel="icon"' in html


@pytest.fixture
def you_said(borough):
    return PriorityIndexPageFactory(parent=borough)


@pytest.mark.parametrize(
    ("language", "zero", "one"),
    [
        ("en", "See every priority and the full trail of actions<", "the 1 resolved priority<"),
        ("pl", "Zobacz wszystkie priorytety i pełną historię działań<", "1 rozwiązany priorytet<"),
        (
            "ar",
            "اطّلع على كل الأولويات والسجل الكامل للإجراءات<",
            "اطّلع على كل الأولويات والسجل الكامل للإجراءات والأولوية",
        ),
    ],
)
def test_no_resolved_priorities_is_not_counted_as_zero(client, borough, you_said, language, zero, one):
    PriorityPageFactory(parent=you_said, title="E-bikes on pavements", status="in_progress")
    url = borough.url.replace("/en/", f"/{language}/", 1)
    html = client.get(url).content.decode()
    assert zero in html
    assert not re.search(r"\b0 resolved|\b0 rozwiązan", html)
    PriorityPageFactory(parent=you_said, title="Old problem", status="resolved", outcome="Fixed.")
    html = client.get(url).content.decode()
    assert one in html


def test_past_meeting_offers_no_calendar_download(client, borough):
    meetings = MeetingIndexPageFactory(parent=borough)
    start = timezone.now() - datetime.timedelta(days=3)
    past = MeetingPageFactory(parent=meetings, title="Last week", slug="last-week", start=start)
    upcoming = MeetingPageFactory(parent=meetings, title="Next week", slug="next-week")
    html = client.get(past.url).content.decode()
    assert "Add to your calendar" not in html
    assert ".ics" not in html.split("Future meetings")[0].split("calendar-heading")[-1]
    assert past.calendar_url not in html
    assert "Future meetings" in html
    html = client.get(upcoming.url).content.decode()
    assert "Add to your calendar" in html
    assert upcoming.calendar_url in html


def test_embedded_statistic_shows_its_figure_once(client, borough):
    news = UpdateIndexPageFactory(parent=borough)
    update = UpdatePageFactory(
        parent=news,
        title="Phone snatches down",
        body=[
            {
                "type": "statistics",
                "value": {
                    "heading": "",
                    "statistics": [
                        {
                            "figure": "-12%",
                            "measure": "Phone snatches",
                            "period": "2025/26",
                            "comparison": "",
                            "source": "Metropolitan Police",
                            "source_url": "",
                            "borough": None,
                        }
                    ],
                },
            }
        ],
    )
    update.save_revision().publish()
    for url in (f"/embed/{update.pk}/", update.url):
        html = client.get(url).content.decode()
        assert html.count("-12%") == 1, url
        assert "Phone snatches" in html
