"""Content to syndicate: published advice, a borough with an update and a priority, and the
pages that must never leave the site (a draft, a private page, an expired page)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from boroughs.tests.factories import (
    PriorityActionFactory,
    PriorityIndexPageFactory,
    PriorityPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)


def publish(page):
    """Publish through a revision, as an editor would: sets first/last_published_at."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def make_draft(page):
    page.unpublish()
    page.refresh_from_db()
    return page.specific


@pytest.fixture
def advice_index(home_page):
    return publish(AdviceIndexPageFactory(parent=home_page))


@pytest.fixture
def advice_page(advice_index):
    return make_advice_page(advice_index)


def make_advice_page(advice_index):
    return publish(
        AdvicePageFactory(
            parent=advice_index,
            title="Keep your bike safe",
            slug="keep-your-bike-safe",
            summary="Two good locks and a marked frame stop most bike thefts.",
        )
    )


@pytest.fixture
def draft_advice(advice_index):
    return make_draft_advice(advice_index)


def make_draft_advice(advice_index):
    return make_draft(publish(AdvicePageFactory(parent=advice_index, title="Draft advice", slug="draft-advice")))


@pytest.fixture
def private_advice(advice_index):
    return make_private_advice(advice_index)


def make_private_advice(advice_index):
    page = publish(AdvicePageFactory(parent=advice_index, title="Private advice", slug="private-advice"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def expired_advice(advice_index):
    return make_expired_advice(advice_index)


def make_expired_advice(advice_index):
    page = publish(AdvicePageFactory(parent=advice_index, title="Expired advice", slug="expired-advice"))
    page.expire_at = timezone.now() - datetime.timedelta(hours=1)
    page.save(update_fields=["expire_at"])
    return page


@pytest.fixture
def update_page(borough):
    return make_update_page(borough)


def make_update_page(borough):
    index = publish(UpdateIndexPageFactory(parent=borough))
    return publish(UpdatePageFactory(parent=index, title="Bike marking in Dalston", slug="bike-marking"))


@pytest.fixture
def priority_page(borough):
    return make_priority_page(borough)


def make_priority_page(borough):
    index = publish(PriorityIndexPageFactory(parent=borough))
    page = PriorityPageFactory(parent=index, title="Speeding on Mare Street", slug="speeding", status="in_progress")
    PriorityActionFactory(page=page, date=datetime.date(2025, 12, 1), text="Speed checks on three evenings.")
    PriorityActionFactory(page=page, date=datetime.date(2026, 1, 10), text="Speed camera van twice a week.")
    return publish(page)


def build_content() -> dict:
    """What the feed tests' `content` fixture and those it needs build, as one dict
    (tests/shared_data.py): Hackney with an update and a priority, and four advice pages."""
    from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory
    from home.models import HomePage

    home_page = HomePage.objects.get(locale__language_code="en")
    advice_index = publish(AdviceIndexPageFactory(parent=home_page))
    borough_index = BoroughIndexPageFactory(parent=home_page)
    borough = BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    content = {
        "advice": make_advice_page(advice_index),
        "update": make_update_page(borough),
        "priority": make_priority_page(borough),
    }
    make_draft_advice(advice_index)
    make_private_advice(advice_index)
    make_expired_advice(advice_index)
    return {"content": content, "advice_index": advice_index, "borough": borough}
