"""A resident reads the anti-social behaviour page, finds street drinking and who deals with
it, and follows a link to related advice."""

import pytest

pytestmark = [pytest.mark.browser]


def test_resident_finds_street_drinking_and_related_advice(demo_server, page):
    page.goto(f"{demo_server.url}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Anti-social behaviour").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Anti-social behaviour"

    page.get_by_role("link", name="Street drinking", exact=True).click()
    assert page.url.endswith("#asb-street-drinking")
    category = page.locator("#asb-street-drinking")
    assert category.get_by_role("heading", level=3).inner_text() == "Street drinking"
    assert category.is_visible()
    facts = category.locator("dl").inner_text()
    assert "Who deals with it" in facts
    assert "The police and your local council" in facts
    assert "101" in facts  # how to report it
    assert "Call 999" in category.inner_text()  # when it is urgent

    category.get_by_role("link", name="Staying safe on a night out").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Staying safe on a night out"
    # ...and the advice links back to the category it is about.
    link = page.get_by_role("link", name="Street drinking")
    assert link.get_attribute("href").endswith("/anti-social-behaviour/#asb-street-drinking")
