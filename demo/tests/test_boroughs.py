"""The boroughs' demo loader: teams, wards, priorities and updates, idempotent."""

import pytest
from wagtail.models import Revision

from boroughs.models import (
    BoroughPage,
    BoroughTeamMember,
    PriorityAction,
    PriorityIndexPage,
    PriorityPage,
    TeamMember,
    UpdateIndexPage,
    UpdatePage,
    WardPage,
)
from demo.advice import load_taxonomy
from demo.base import DemoLog
from demo.boroughs import load_boroughs, load_neighbourhoods

pytestmark = pytest.mark.django_db

MODELS = [
    BoroughTeamMember,
    WardPage,
    TeamMember,
    PriorityIndexPage,
    PriorityPage,
    PriorityAction,
    UpdateIndexPage,
    UpdatePage,
    Revision,
]


def load(home_page) -> DemoLog:
    log = DemoLog()
    load_taxonomy(home_page, log)
    load_boroughs(home_page, log)
    load_neighbourhoods(home_page, log)
    return log


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_demo_neighbourhoods_are_complete_and_idempotent(home_page):
    load(home_page)
    first = counts()
    # every borough has its team, a "You said, we did" page and a news page
    for borough in BoroughPage.objects.all():
        assert borough.team_members.exists(), borough.title
        assert PriorityIndexPage.objects.child_of(borough).live().exists(), borough.title
        assert UpdateIndexPage.objects.child_of(borough).live().exists(), borough.title
    hackney = BoroughPage.objects.get(slug="hackney")
    lambeth = BoroughPage.objects.get(slug="lambeth")
    assert WardPage.objects.child_of(hackney).count() == 21
    assert WardPage.objects.child_of(lambeth).count() == 25
    assert all(ward.team_members.exists() for ward in WardPage.objects.all())
    # priorities: several dated actions, at least one resolved with an outcome, tagged
    hackney_priorities = PriorityPage.objects.descendant_of(hackney)
    assert hackney_priorities.filter(title__icontains="e-scooters").exists()
    assert max(p.actions.count() for p in hackney_priorities) >= 3
    resolved = PriorityPage.objects.filter(status="resolved")
    assert resolved.exists() and all(p.outcome for p in resolved)
    assert PriorityPage.objects.descendant_of(lambeth).filter(title__icontains="Vauxhall").get().ward.slug == "vauxhall"
    assert PriorityPage.objects.filter(asb_categories__isnull=False).exists()
    assert PriorityPage.objects.filter(crime_types__slug="e-bike-e-scooter").exists()
    # Hackney's update carries its sourced figures
    update = UpdatePage.objects.descendant_of(hackney).get()
    stats = next(b for b in update.body if b.block_type == "statistics").value["statistics"]
    assert [s["figure"] for s in stats] == ["-19%", "-17%", "+18.6%"]
    assert all(s["period"] == "2025/26 year to date" and s["source"] for s in stats)

    log = load(home_page)
    assert counts() == first
    assert log.created == 0
