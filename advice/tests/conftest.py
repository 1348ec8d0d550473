import pytest

from advice.tests.factories import AdviceIndexPageFactory, AsbPageFactory
from boroughs.models import PriorityIndexPage, PriorityPage


@pytest.fixture
def advice_index(home_page):
    return AdviceIndexPageFactory(parent=home_page)


@pytest.fixture
def asb_page(home_page):
    return AsbPageFactory(parent=home_page)


@pytest.fixture
def make_priority():
    return priority_maker()


def priority_maker():
    """Create a live local priority under a borough, tagged with ASB categories / crime types.
    (Tests may import any app; the layers contract covers the application code.)"""
    model, index_model = PriorityPage, PriorityIndexPage
    counter = {"n": 0}

    def make(borough, title=None, status="open", asb_categories=(), crime_types=()):
        counter["n"] += 1
        index = index_model.objects.child_of(borough).first()
        if index is None:
            index = borough.add_child(instance=index_model(title="You said, we did", slug="you-said-we-did"))
        priority = index.add_child(
            instance=model(
                title=title or f"Priority {counter['n']}",
                slug=f"priority-{counter['n']}",
                summary="Residents asked us to act.",
                source="public_meeting",
                status=status,
                outcome="It stopped." if status == "resolved" else "",
            )
        )
        priority.asb_categories.set(asb_categories)
        priority.crime_types.set(crime_types)
        priority.save()
        return priority

    return make
