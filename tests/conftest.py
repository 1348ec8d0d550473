"""A small site with one live page of every public type (for the fuzz and header tests)."""

import pytest
from django.core.cache import cache
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory, AsbCategoryFactory
from boroughs.tests.factories import (
    PriorityIndexPageFactory,
    PriorityPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    WardPageFactory,
)
from concerns.tests.factories import ConcernFormPageFactory, SurveyPageFactory
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory
from strategy.tests.factories import DocumentFactory, StrategyIndexPageFactory, StrategyPageFactory


@pytest.fixture
def site_pages(home_page, borough):
    """One live page of every public type (the advice page with a video), a document and an image."""
    cache.clear()
    ward = WardPageFactory(parent=borough, title="Dalston", slug="dalston")
    AsbCategoryFactory(name="Noise", slug="noise")
    advice_index = AdviceIndexPageFactory(parent=home_page)
    video = {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Locking a bike", "transcript": ""}
    pages = {
        "home": home_page,
        "borough_index": borough.get_parent(),
        "borough": borough,
        "ward": ward,
        "advice_index": advice_index,
        "advice": AdvicePageFactory(
            parent=advice_index,
            title="Bikes",
            slug="bikes",
            body=[("text", RichText("<p>Two locks.</p>")), ("video", video)],
        ),
    }
    updates = UpdateIndexPageFactory(parent=borough)
    pages["update_index"] = updates
    pages["update"] = UpdatePageFactory(parent=updates)
    priorities = PriorityIndexPageFactory(parent=borough)
    pages["priority_index"] = priorities
    pages["priority"] = PriorityPageFactory(parent=priorities)
    meetings = MeetingIndexPageFactory(parent=borough)
    pages["meeting_index"] = meetings
    pages["meeting"] = MeetingPageFactory(parent=meetings)
    strategy = StrategyIndexPageFactory(parent=home_page)
    pages["strategy_index"] = strategy
    pages["strategy"] = StrategyPageFactory(parent=strategy)
    pages["concern_form"] = ConcernFormPageFactory(parent=borough)
    pages["survey"] = SurveyPageFactory(parent=borough)
    pages["document"] = DocumentFactory()
    pages["image"] = Image.objects.create(title="Test", file=get_test_image_file())
    return pages


def public_path(page) -> str:
    """A page's path under its language prefix, without the language: `hackney/dalston/`."""
    return page.url_path.split("/", 2)[-1]
