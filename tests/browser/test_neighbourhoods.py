"""A resident on a phone, using only the keyboard, follows Hackney's neighbourhood policing:
priorities with dated actions, a ward's officers, and the borough's update with its figures."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import VIEWPORTS

pytestmark = [pytest.mark.browser]


def tab_to(page, name: str, max_presses: int = 120) -> None:
    """Press Tab until the focused element's accessible text contains `name` (as a keyboard user would)."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        text = page.evaluate("document.activeElement && document.activeElement.innerText || ''")
        if name in text:
            return
    raise AssertionError(f"Could not reach “{name}” with the Tab key")


def test_resident_follows_hackney_by_keyboard_on_a_phone(demo_server, page):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(f"{demo_server.url}/en/your-area/hackney/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hackney")

    # "You said, we did" on the borough page: current priorities, each with its dated latest action
    summary = page.locator("section", has=page.get_by_role("heading", name="You said, we did"))
    expect(
        summary.get_by_role("link", name="Stop dangerous riding and thefts on e-bikes and e-scooters")
    ).to_be_visible()
    expect(summary.locator("time").first).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))

    # the full trail, opened from its <details> with the keyboard
    tab_to(page, "See every priority")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    tab_to(page, "What we did: 3 actions")
    page.keyboard.press("Enter")
    trail = page.locator("details[open] .trail__item")
    expect(trail.first).to_be_visible()
    assert trail.count() == 3
    expect(page.get_by_role("heading", name="Resolved priorities")).to_be_visible()
    expect(page.get_by_text("Outcome:").first).to_be_visible()

    # a ward and its Dedicated Ward Officers
    page.go_back()
    tab_to(page, "Dalston")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dalston")
    expect(page.get_by_role("heading", name="Your Dedicated Ward Officers")).to_be_visible()
    expect(page.get_by_role("heading", name="Sergeant Amira Okafor")).to_be_visible()
    expect(page.get_by_text("Surgeries")).to_be_visible()

    # the borough's update, with its sourced figures
    page.go_back()
    tab_to(page, "What you told us on 19 November")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("What you told us on 19 November, and what we are doing")
    figures = page.locator(".statistic")
    assert figures.count() == 3
    expect(figures.first).to_contain_text("knife-related crime")
    expect(figures.first).to_contain_text("2025/26 year to date")
    expect(figures.first).to_contain_text("Source:")
