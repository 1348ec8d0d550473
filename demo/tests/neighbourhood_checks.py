"""Checks of the boroughs' demo content (teams, wards, priorities, updates), run by
demo/tests/test_load_demo.py after one load_demo: loading the demo is the slowest thing the suite
does, so it is done once. That a rerun creates nothing and changes no count is checked there too."""

from boroughs.models import BoroughPage, PriorityIndexPage, PriorityPage, UpdateIndexPage, UpdatePage, WardPage


def assert_neighbourhoods_demo():
    english = {"locale__language_code": "en"}
    # every borough has its team, a "You said, we did" page and a news page
    for borough in BoroughPage.objects.filter(**english):
        assert borough.team_members.exists(), borough.title
        assert PriorityIndexPage.objects.child_of(borough).live().exists(), borough.title
        assert UpdateIndexPage.objects.child_of(borough).live().exists(), borough.title
    hackney = BoroughPage.objects.get(slug="hackney", **english)
    lambeth = BoroughPage.objects.get(slug="lambeth", **english)
    assert WardPage.objects.child_of(hackney).count() == 21
    assert WardPage.objects.child_of(lambeth).count() == 25
    assert all(ward.team_members.exists() for ward in WardPage.objects.filter(**english))
    # priorities: several dated actions, at least one resolved with an outcome, tagged
    hackney_priorities = PriorityPage.objects.descendant_of(hackney)
    assert hackney_priorities.filter(title__icontains="e-scooters").exists()
    assert max(p.actions.count() for p in hackney_priorities) >= 3
    resolved = PriorityPage.objects.filter(status="resolved", **english)
    assert resolved.exists() and all(p.outcome for p in resolved)
    assert PriorityPage.objects.descendant_of(lambeth).filter(title__icontains="Vauxhall").get().ward.slug == "vauxhall"
    assert PriorityPage.objects.filter(asb_categories__isnull=False).exists()
    assert PriorityPage.objects.filter(crime_types__slug="e-bike-e-scooter").exists()
    # Hackney's update carries its sourced figures
    update = UpdatePage.objects.descendant_of(hackney).get()
    stats = next(b for b in update.body if b.block_type == "statistics").value["statistics"]
    assert [s["figure"] for s in stats] == ["-19%", "-17%", "+18.6%"]
    assert all(s["period"] == "2025/26 year to date" and s["source"] for s in stats)
