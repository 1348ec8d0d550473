import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from advice.tests.factories import AsbCategoryFactory, CrimeTypeFactory
from boroughs.models import BoroughPage, PriorityIndexPage, PriorityPage
from boroughs.tests.factories import (
    BoroughPageFactory,
    PriorityActionFactory,
    PriorityIndexPageFactory,
    PriorityPageFactory,
    WardPageFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def you_said(borough):
    return PriorityIndexPageFactory(parent=borough)


def test_tree_rules(borough, you_said):
    assert PriorityIndexPage.parent_page_types == ["boroughs.BoroughPage"]
    assert PriorityIndexPage.subpage_types == ["boroughs.PriorityPage"]
    assert PriorityIndexPage.max_count_per_parent == 1
    assert PriorityPage.parent_page_types == ["boroughs.PriorityIndexPage"]
    assert PriorityPage.subpage_types == []
    assert "boroughs.PriorityIndexPage" in BoroughPage.subpage_types
    assert not PriorityIndexPage.can_create_at(borough)  # one per borough
    assert PriorityPage.can_create_at(you_said)
    assert not PriorityPage.can_create_at(borough)
    assert PriorityPage.is_article


def test_index_lists_current_by_latest_action_then_resolved(client, you_said):
    quiet = PriorityPageFactory(parent=you_said, title="Quiet priority", date_set=D(2025, 11, 1))
    busy = PriorityPageFactory(parent=you_said, title="Busy priority", status="in_progress", date_set=D(2025, 10, 1))
    PriorityActionFactory(page=busy, date=D(2025, 10, 5), text="First patrol")
    PriorityActionFactory(page=busy, date=D(2026, 1, 10), text="Reported back to the ward panel")
    done = PriorityPageFactory(
        parent=you_said, title="Done priority", status="resolved", outcome="Residents say it is quiet now."
    )
    PriorityActionFactory(page=done, date=D(2026, 2, 1), text="Final check")
    PriorityActionFactory(page=quiet, date=D(2025, 12, 1), text="Spoke to businesses")
    html = client.get(you_said.url).content.decode()
    assert html.index("Current priorities") < html.index("Busy priority") < html.index("Quiet priority")
    assert html.index("Quiet priority") < html.index("Resolved priorities") < html.index("Done priority")
    # the latest action is shown, the full trail is behind a <details>
    assert '(<time datetime="2026-01-10">10 January 2026</time>): Reported back to the ward panel' in html
    assert "<summary>What we did: 2 actions" in html
    assert "Residents say it is quiet now." in html


def test_priority_page_shows_trail_oldest_first_ending_in_outcome(client, you_said):
    priority = PriorityPageFactory(
        parent=you_said, status="resolved", outcome="The stairwells feel safe again.", date_set=D(2025, 5, 8)
    )
    # entered out of order: the trail sorts by date
    PriorityActionFactory(page=priority, date=D(2025, 8, 14), text="Third", sort_order=0)
    PriorityActionFactory(page=priority, date=D(2025, 5, 22), text="First", sort_order=1)
    PriorityActionFactory(page=priority, date=D(2025, 6, 30), text="Second", sort_order=2)
    response = client.get(priority.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("First") < html.index("Second") < html.index("Third") < html.index("The stairwells feel safe")
    assert '<time class="trail__date" datetime="2025-05-22">22 May 2025</time>' in html
    assert "Resolved" in html


def test_priority_shows_tags_and_ward(client, borough, you_said):
    ward = WardPageFactory(parent=borough, title="Dalston")
    category = AsbCategoryFactory(name="Street drinking")
    crime = CrimeTypeFactory(name="Robbery")
    priority = PriorityPageFactory(parent=you_said, ward=ward)
    priority.asb_categories.add(category)
    priority.crime_types.add(crime)
    priority.save()
    html = client.get(priority.url).content.decode()
    assert '<span class="tag">Street drinking</span>' in html
    assert '<span class="tag">Robbery</span>' in html
    assert f'<a href="{ward.url}">Dalston</a>' in html
    assert list(category.priorities.all()) == [priority]  # the shared taxonomy sees its priorities
    assert list(crime.priorities.all()) == [priority]
    # and the ward page shows it in its summary
    assert priority.title in client.get(ward.url).content.decode()


def test_resolved_priority_needs_an_outcome(you_said):
    priority = PriorityPageFactory(parent=you_said)
    priority.status = "resolved"
    with pytest.raises(ValidationError) as error:
        priority.full_clean()
    assert "outcome" in error.value.message_dict


def test_ward_must_be_in_the_same_borough(borough_index, borough, you_said):
    other_ward = WardPageFactory(parent=BoroughPageFactory(parent=borough_index))
    priority = PriorityPageFactory(parent=you_said)
    priority.ward = other_ward
    with pytest.raises(ValidationError) as error:
        priority.full_clean()
    assert error.value.message_dict["ward"] == ["Choose a ward in the same borough as this priority."]
    priority.ward = WardPageFactory(parent=borough)
    priority.full_clean()


def test_raised_at_is_empty_without_meetings(you_said):
    assert PriorityPageFactory(parent=you_said).get_raised_at() == []


def test_borough_page_summarises_current_priorities(client, borough, you_said):
    current = PriorityPageFactory(parent=you_said, title="E-bikes on pavements", status="in_progress")
    PriorityActionFactory(page=current, date=D(2025, 12, 10), text="Joined the London-wide operation")
    PriorityPageFactory(parent=you_said, title="Old problem", status="resolved", outcome="Fixed.")
    html = client.get(borough.url).content.decode()
    assert "You said, we did" in html
    assert "E-bikes on pavements" in html
    assert "Joined the London-wide operation" in html
    assert "Old problem" not in html  # resolved ones are on the full page only
    assert "the 1 resolved priority" in html
    assert f'href="{you_said.url}"' in html


def test_unpublished_priority_is_not_listed(client, you_said):
    priority = PriorityPageFactory(parent=you_said, title="Draft priority")
    priority.unpublish()
    assert "Draft priority" not in client.get(you_said.url).content.decode()


@pytest.mark.parametrize("size", [3, 30])
def test_index_query_budget_does_not_grow(client, you_said, django_assert_max_num_queries, size):
    category, crime = AsbCategoryFactory(), CrimeTypeFactory()
    for i in range(size):
        priority = PriorityPageFactory(parent=you_said, status="resolved" if i % 3 == 0 else "open", outcome="Done.")
        priority.asb_categories.add(category)
        priority.crime_types.add(crime)
        priority.save()
        PriorityActionFactory.create_batch(size, page=priority)
    client.get(you_said.url)
    with django_assert_max_num_queries(12):
        response = client.get(you_said.url)
    assert response.content.decode().count('class="priority-card"') == min(size, 20)  # 20 a page


@pytest.mark.parametrize("size", [3, 30])
def test_priority_page_query_budget_does_not_grow(client, you_said, django_assert_max_num_queries, size):
    priority = PriorityPageFactory(parent=you_said)
    PriorityActionFactory.create_batch(size, page=priority)
    for _ in range(size):
        priority.asb_categories.add(AsbCategoryFactory())
    priority.save()
    client.get(priority.url)
    with django_assert_max_num_queries(12):
        response = client.get(priority.url)
    assert response.content.decode().count('class="trail__item"') == size


# --- The admin: bad input is refused with a clear message, and nothing is saved -------------


def _priority_form(**overrides):
    data = {
        "title": "Dangerous riding on e-bikes",
        "slug": "dangerous-riding-on-e-bikes",
        "summary": "Residents asked us to deal with dangerous riding.",
        "date_set": "2025-11-19",
        "source": "public_meeting",
        "ward": "",
        "status": "open",
        "outcome": "",
        "actions": inline_formset([{"date": "2025-12-10", "text": "Joined the London-wide operation", "id": ""}]),
    }
    data.update(overrides)
    return nested_form_data(data)


def _add_url(parent):
    return f"/admin/pages/add/boroughs/prioritypage/{parent.pk}/"


def test_admin_creates_a_priority_with_actions(admin_client, you_said):
    response = admin_client.post(_add_url(you_said), _priority_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    priority = PriorityPage.objects.get(slug="dangerous-riding-on-e-bikes")
    assert [a.text for a in priority.actions.all()] == ["Joined the London-wide operation"]


def test_admin_refuses_an_action_dated_before_the_priority(admin_client, you_said):
    data = _priority_form(
        actions=inline_formset([{"date": "2025-11-01", "text": "Too early", "id": ""}]),
    )
    pages_before = Page.objects.count()
    response = admin_client.post(_add_url(you_said), nested_form_data({**data}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This action is dated 1 November 2025, before the priority was set on 19 November 2025." in html
    assert "An action cannot be dated before the priority was set." in html
    assert Page.objects.count() == pages_before


def test_admin_refuses_an_earlier_action_on_edit_and_keeps_the_page(admin_client, you_said):
    priority = PriorityPageFactory(parent=you_said, date_set=D(2025, 11, 19))
    revisions = priority.revisions.count()
    data = _priority_form(
        slug=priority.slug, actions=inline_formset([{"date": "2025-01-01", "text": "Too early", "id": ""}])
    )
    response = admin_client.post(f"/admin/pages/{priority.pk}/edit/", data)
    assert response.status_code == 200
    assert "before the priority was set" in response.content.decode()
    priority.refresh_from_db()
    assert priority.revisions.count() == revisions
    assert priority.actions.count() == 0


def test_admin_refuses_resolved_without_outcome(admin_client, you_said):
    pages_before = Page.objects.count()
    response = admin_client.post(_add_url(you_said), _priority_form(status="resolved", outcome=""))
    assert response.status_code == 200
    assert "A resolved priority needs an outcome" in response.content.decode()
    assert Page.objects.count() == pages_before


def test_admin_offers_only_wards_of_the_same_borough(admin_client, borough_index, borough, you_said):
    own = WardPageFactory(parent=borough, title="Dalston")
    other = WardPageFactory(parent=BoroughPageFactory(parent=borough_index), title="Vauxhall")
    html = admin_client.get(_add_url(you_said)).content.decode()
    assert f'<option value="{own.pk}">Dalston</option>' in html
    assert "Vauxhall" not in html
    response = admin_client.post(_add_url(you_said), _priority_form(ward=str(other.pk)))
    assert response.status_code == 200
    assert not PriorityPage.objects.filter(slug="dangerous-riding-on-e-bikes").exists()


@pytest.mark.parametrize("language", ["en", "ar", "pl"])
def test_index_is_paginated_current_first(client, you_said, language):
    from boroughs.models.priorities import PRIORITIES_PER_PAGE

    for i in range(PRIORITIES_PER_PAGE + 5):
        PriorityPageFactory(parent=you_said, title=f"Resolved {i}", status="resolved", outcome="Done.")
    PriorityPageFactory(parent=you_said, title="Still open", status="open")
    url = you_said.url.replace("/en/", f"/{language}/", 1)
    first = client.get(url).content.decode()
    assert first.count('class="priority-card"') == PRIORITIES_PER_PAGE
    assert "Still open" in first  # current priorities come first
    assert 'aria-current="page"' in first and '?page=2" rel="next"' in first
    second = client.get(url + "?page=2").content.decode()
    assert second.count('class="priority-card"') == 6
    assert "Still open" not in second
    assert client.get(url + "?page=99").status_code == 200  # past the end: the last page, no error
